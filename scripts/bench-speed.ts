// npm run bench:speed [-- --sizes 100,400 --runs 3 --floor-runs 5]
//
// Generates monorepos of N functions sharing lib/ modules (scripts/bench/generate-monorepo.ts) into
// .bench/ (git-ignored) and measures, in this one run and each in a fresh child process:
//   floor   reading and parsing every source file of the monorepo once with ts.createSourceFile
//   iamgen  runSuggest over all N functions (discover, analyze, resolve, policy)
// It prints medians, iamgen / floor, the growth from the smallest to the largest N, and peak RSS.
// Targets (issue 3): the largest N within 4x its floor; 4x the functions within 4.6x the time.

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateMonorepo } from './bench/generate-monorepo.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(repoRoot, '.bench');
const childScript = path.join(repoRoot, 'scripts', 'bench', 'measure-child.ts');

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}
const sizes = option('sizes', '100,400').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const runs = Math.max(1, Number(option('runs', '3')));
const floorRuns = Math.max(1, Number(option('floor-runs', '5')));

interface Measurement {
  ms: number;
  maxRssKb: number;
  [key: string]: number;
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
  floor: number;
  warmFloor: number;
  floorRss: number;
  iamgen: number;
  iamgenRuns: number[];
  iamgenRss: number;
  permissions: number;
  findings: number;
}

mkdirSync(benchDir, { recursive: true });
const rows: Row[] = [];
for (const n of sizes) {
  const repo = generateMonorepo(path.join(benchDir, `monorepo-${n}`), n);
  const specFile = path.join(benchDir, `spec-${n}.json`);
  writeFileSync(specFile, JSON.stringify({ ...repo, account: '123456789012', region: 'us-east-1' }));
  process.stderr.write(`N=${n}: ${repo.files.length} files, ${repo.lines} lines; floor x${floorRuns}, iamgen x${runs}...\n`);

  // Interleaved, so that both see the same background load of the machine.
  const floors: Measurement[] = [];
  const iamgens: Measurement[] = [];
  for (let i = 0; i < Math.max(runs, floorRuns); i++) {
    if (i < floorRuns) floors.push(measure('floor', specFile));
    if (i < runs) iamgens.push(measure('iamgen', specFile));
  }
  rows.push({
    n,
    files: repo.files.length,
    lines: repo.lines,
    floor: median(floors.map((m) => m.ms)),
    warmFloor: median(floors.map((m) => m.warmMs ?? m.ms)),
    floorRss: Math.max(...floors.map((m) => m.maxRssKb)),
    iamgen: median(iamgens.map((m) => m.ms)),
    iamgenRuns: iamgens.map((m) => m.ms),
    iamgenRss: Math.max(...iamgens.map((m) => m.maxRssKb)),
    permissions: iamgens[0]!.permissions ?? 0,
    findings: iamgens[0]!.findings ?? 0,
  });
}

console.log(`\nnode ${process.version}, ${runs} iamgen runs and ${floorRuns} floor runs per size (medians; each run a fresh process)\n`);
console.log('floor = read + ts.createSourceFile of every file once, in a fresh process (cold, like an iamgen run); warm = the same pass repeated in-process\n');
console.log('functions  files  lines   floor cold / warm   iamgen (runs)                      iamgen/floor cold / warm   peak RSS floor / iamgen   permissions  findings');
for (const r of rows) {
  console.log(
    `${String(r.n).padStart(9)}  ${String(r.files).padStart(5)}  ${String(r.lines).padStart(5)}   ${`${ms(r.floor)} / ${ms(r.warmFloor)}`.padStart(17)}   ${`${ms(r.iamgen)} (${r.iamgenRuns.map((v) => v.toFixed(0)).join(', ')})`.padEnd(33)}  ${`${(r.iamgen / r.floor).toFixed(2)}x / ${(r.iamgen / r.warmFloor).toFixed(2)}x`.padStart(24)}   ${`${mb(r.floorRss)} / ${mb(r.iamgenRss)}`.padStart(23)}   ${String(r.permissions).padStart(11)}  ${String(r.findings).padStart(8)}`,
  );
}
if (rows.length >= 2) {
  const small = rows[0]!;
  const large = rows[rows.length - 1]!;
  console.log(
    `\ngrowth ${small.n} -> ${large.n} functions (${(large.n / small.n).toFixed(1)}x): iamgen ${(large.iamgen / small.iamgen).toFixed(2)}x (target <= 4.6x), floor cold ${(large.floor / small.floor).toFixed(2)}x / warm ${(large.warmFloor / small.warmFloor).toFixed(2)}x, lines ${(large.lines / small.lines).toFixed(2)}x`,
  );
}
const largest = rows[rows.length - 1];
if (largest) console.log(`largest (${largest.n} functions): iamgen = ${(largest.iamgen / largest.floor).toFixed(2)}x the cold parse floor, ${(largest.iamgen / largest.warmFloor).toFixed(2)}x the warm one (target <= 4x)`);
