// npm run bench:speed [-- --sizes 100,400 --runs 5 --floor-runs 5 --shape default|lib-heavy]
//
// Generates monorepos of N functions sharing library modules into .bench/ (git-ignored):
//   default    lib/ clients, repositories, helpers; 2–4 files per function (scripts/bench/generate-monorepo.ts)
//   lib-heavy  40 large libraries, one small file per function (scripts/bench/generate-lib-heavy.ts)
// and measures, in this one run and each in a fresh child process (scripts/bench/measure-child.ts):
//   floor   reading + ts.createSourceFile of every source file of the monorepo once
//   iamgen  runSuggest over all N functions (discover, analyze, resolve, policy)
// Both children load the same TypeScript (ts-morph's) before their clock starts and then work cold.
// Runs are interleaved so both see the same load. It prints medians of wall and CPU time, iamgen /
// floor (also per pair of neighbouring runs, and for the fastest runs), the growth from the
// smallest to the largest N, peak RSS, and a hash of iamgen's output (a speed change must not
// change it). On a shared machine the CPU-time ratio is the steadier one.
// Targets (issue 3): the largest N within 4x its floor; 4x the functions within 4.6x the time.

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLibHeavyMonorepo } from './bench/generate-lib-heavy.js';
import { generateMonorepo } from './bench/generate-monorepo.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(repoRoot, '.bench');
const childScript = path.join(repoRoot, 'scripts', 'bench', 'measure-child.ts');

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}
const sizes = option('sizes', '100,400').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const runs = Math.max(1, Number(option('runs', '5')));
const shape = option('shape', 'default');
if (shape !== 'default' && shape !== 'lib-heavy') throw new Error(`unknown --shape ${shape} (default, lib-heavy)`);
const generate = shape === 'lib-heavy' ? generateLibHeavyMonorepo : generateMonorepo;
const floorRuns = Math.max(1, Number(option('floor-runs', '5')));

interface Measurement {
  ms: number;
  cpuMs: number;
  maxRssKb: number;
  outputHash?: string;
  [key: string]: number | string | undefined;
}

function measure(mode: 'floor' | 'iamgen', specFile: string): Measurement {
  const child = spawnSync(process.execPath, ['--import', 'tsx', childScript, mode, specFile], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    throw new Error(`${mode} run failed (exit ${child.status}):\n${child.stderr.slice(-4000)}`);
  }
  return JSON.parse(line) as Measurement;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

interface Row {
  n: number;
  files: number;
  lines: number;
  floor: Measurement[];
  iamgen: Measurement[];
}

const wall = (ms: Measurement[]) => median(ms.map((m) => m.ms));
const cpu = (ms: Measurement[]) => median(ms.map((m) => m.cpuMs));
const peak = (ms: Measurement[]) => Math.max(...ms.map((m) => m.maxRssKb));

mkdirSync(benchDir, { recursive: true });
const rows: Row[] = [];
for (const n of sizes) {
  const repo = generate(path.join(benchDir, `${shape === 'default' ? 'monorepo' : shape}-${n}`), n);
  const specFile = path.join(benchDir, `spec-${shape}-${n}.json`);
  writeFileSync(specFile, JSON.stringify({ ...repo, account: '123456789012', region: 'us-east-1' }));
  process.stderr.write(`N=${n}: ${repo.files.length} files, ${repo.lines} lines; floor x${floorRuns}, iamgen x${runs}...\n`);
  // Interleaved, so that both see the same background load of the machine.
  const floor: Measurement[] = [];
  const iamgen: Measurement[] = [];
  for (let i = 0; i < Math.max(runs, floorRuns); i++) {
    if (i < floorRuns) floor.push(measure('floor', specFile));
    if (i < runs) iamgen.push(measure('iamgen', specFile));
  }
  const hashes = new Set(iamgen.map((m) => m.outputHash));
  if (hashes.size !== 1) throw new Error(`iamgen gave different results across runs: ${[...hashes].join(', ')}`);
  rows.push({ n, files: repo.files.length, lines: repo.lines, floor, iamgen });
}

const pad = (text: string, width: number) => text.padStart(width);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
console.log(`\nshape ${shape}, node ${process.version}, ${runs} iamgen and ${floorRuns} floor runs per size, each a fresh process; medians`);
console.log('floor  = read + ts.createSourceFile of every source file once, cold, in a process that has loaded TypeScript (ts-morph\'s copy, as iamgen does)');
console.log('iamgen = runSuggest over every function, cold, in a process that has loaded iamgen (and so TypeScript); module loading is outside both clocks\n');
console.log('functions  files  lines   floor wall / cpu    iamgen wall / cpu     iamgen/floor wall / cpu   warm floor cpu   peak RSS floor / iamgen   permissions  output');
for (const r of rows) {
  const first = r.iamgen[0]!;
  console.log(
    [
      pad(String(r.n), 9), pad(String(r.files), 5), pad(String(r.lines), 5),
      pad(`${ms(wall(r.floor))} / ${ms(cpu(r.floor))}`, 18), pad(`${ms(wall(r.iamgen))} / ${ms(cpu(r.iamgen))}`, 20),
      pad(`${ratio(wall(r.iamgen), wall(r.floor))} / ${ratio(cpu(r.iamgen), cpu(r.floor))}`, 25),
      pad(ms(median(r.floor.map((m) => Number(m.warmCpuMs)))), 15),
      pad(`${mb(peak(r.floor))} / ${mb(peak(r.iamgen))}`, 24), pad(String(first.permissions), 12), `  ${first.outputHash}`,
    ].join(' '),
  );
  console.log(`${' '.repeat(18)}iamgen runs wall ${r.iamgen.map((m) => m.ms.toFixed(0)).join(', ')} ms; cpu ${r.iamgen.map((m) => m.cpuMs.toFixed(0)).join(', ')} ms`);
}
if (rows.length >= 2) {
  const small = rows[0]!;
  const large = rows[rows.length - 1]!;
  console.log(
    `\ngrowth ${small.n} -> ${large.n} functions (${(large.n / small.n).toFixed(1)}x, lines ${(large.lines / small.lines).toFixed(2)}x): iamgen wall ${ratio(wall(large.iamgen), wall(small.iamgen))} / cpu ${ratio(cpu(large.iamgen), cpu(small.iamgen))} (target <= 4.6x); floor wall ${ratio(wall(large.floor), wall(small.floor))} / cpu ${ratio(cpu(large.floor), cpu(small.floor))}`,
  );
}
const largest = rows[rows.length - 1];
if (largest) {
  console.log(`largest (${largest.n} functions): iamgen = ${ratio(wall(largest.iamgen), wall(largest.floor))} the cold parse floor in wall time, ${ratio(cpu(largest.iamgen), cpu(largest.floor))} in CPU time (target <= 4x)`);
  // Each iamgen run against the floor run just before it: both saw about the same load, so bursts
  // of load on a shared machine cancel out better than in the ratio of the two medians.
  const pairs = largest.iamgen.slice(0, largest.floor.length).map((run, i) => ({ wall: run.ms / largest.floor[i]!.ms, cpu: run.cpuMs / largest.floor[i]!.cpuMs }));
  console.log(`  paired runs (iamgen / the floor run before it): median ${median(pairs.map((p) => p.wall)).toFixed(2)}x wall, ${median(pairs.map((p) => p.cpu)).toFixed(2)}x CPU; fastest runs: ${ratio(Math.min(...largest.iamgen.map((m) => m.ms)), Math.min(...largest.floor.map((m) => m.ms)))} wall, ${ratio(Math.min(...largest.iamgen.map((m) => m.cpuMs)), Math.min(...largest.floor.map((m) => m.cpuMs)))} CPU`);
}
