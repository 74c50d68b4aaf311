// One measurement in a fresh process, so every run starts cold and its peak memory is its own:
//   node --import tsx scripts/bench/measure-child.ts floor  <spec.json>   parse every file once with TypeScript
//   node --import tsx scripts/bench/measure-child.ts iamgen <spec.json>   runSuggest over every function
// Prints one JSON line: {"ms": <wall time of the measured part>, "cpuMs": <CPU time (user + system, all
// threads) of the measured part>, "maxRssKb": <peak RSS of the process>, ...}.
// Both modes load the same TypeScript (the copy ts-morph bundles, which iamgen runs on) before the
// clock starts; then each does its work once, cold, in a process that has not parsed anything yet.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

interface Spec {
  dir: string;
  files: string[];
  functionPaths: string[];
  env: Record<string, string>;
  account: string;
  region: string;
}

const [mode, specFile] = process.argv.slice(2);
if (!specFile || (mode !== 'floor' && mode !== 'iamgen')) {
  console.error('usage: measure-child.ts floor|iamgen <spec.json>');
  process.exit(2);
}
const spec = JSON.parse(readFileSync(specFile, 'utf8')) as Spec;

/** `ms`: the first pass, cold like an iamgen run; `warmMs`: the median of 5 passes after 3 warm-up passes. */
async function floor(): Promise<Record<string, number | string>> {
  const { ts } = await import('ts-morph');
  const pass = () => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    let statements = 0;
    for (const file of spec.files) {
      statements += ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest).statements.length;
    }
    return { ms: performance.now() - start, cpuMs: cpuMsSince(cpu), statements };
  };
  const cold = pass();
  const rss = process.resourceUsage().maxRSS;
  for (let i = 0; i < 3; i++) pass();
  const warm = Array.from({ length: 5 }, () => pass()).sort((a, b) => a.cpuMs - b.cpuMs);
  return { ms: cold.ms, cpuMs: cold.cpuMs, warmMs: warm[2]!.ms, warmCpuMs: warm[2]!.cpuMs, statements: cold.statements, maxRssKb: rss };
}

async function iamgen(): Promise<Record<string, number | string>> {
  const { runSuggest } = await import('../../src/run-suggest.js');
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await runSuggest(spec.functionPaths, { env: spec.env, account: spec.account, region: spec.region, cwd: spec.dir });
  const ms = performance.now() - start;
  return {
    ms,
    cpuMs: cpuMsSince(cpu),
    functions: result.functions.length,
    permissions: result.functions.reduce((n, f) => n + f.permissions.length, 0),
    findings: result.functions.reduce((n, f) => n + f.findings.length, 0),
    // Changes to the analyzer must not change what it finds: runs are compared on this.
    outputHash: createHash('sha256').update(JSON.stringify(result.functions)).digest('hex').slice(0, 12),
  };
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const measured = mode === 'floor' ? await floor() : await iamgen();
process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, ...measured }) + '\n');
