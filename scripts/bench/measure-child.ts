// One measurement in a fresh process, so every run starts cold and its peak memory is its own:
//   node --import tsx scripts/bench/measure-child.ts floor  <spec.json>   parse every file once with TypeScript
//   node --import tsx scripts/bench/measure-child.ts iamgen <spec.json>   runSuggest over every function
// Prints one JSON line: {"ms": <wall time of the measured part>, "maxRssKb": <peak RSS of the process>, ...}.
// Module loading happens before the clock starts, for both modes.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

interface Spec {
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
async function floor(): Promise<Record<string, number>> {
  const ts = (await import('typescript')).default;
  const pass = () => {
    const start = performance.now();
    let statements = 0;
    for (const file of spec.files) {
      statements += ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest).statements.length;
    }
    return { ms: performance.now() - start, statements };
  };
  const cold = pass();
  for (let i = 0; i < 3; i++) pass();
  const warm = Array.from({ length: 5 }, () => pass().ms).sort((a, b) => a - b);
  return { ms: cold.ms, warmMs: warm[2]!, statements: cold.statements };
}

async function iamgen(): Promise<Record<string, number>> {
  const { runSuggest } = await import('../../src/run-suggest.js');
  const start = performance.now();
  const result = await runSuggest(spec.functionPaths, { env: spec.env, account: spec.account, region: spec.region });
  const ms = performance.now() - start;
  return {
    ms,
    functions: result.functions.length,
    permissions: result.functions.reduce((n, f) => n + f.permissions.length, 0),
    findings: result.functions.reduce((n, f) => n + f.findings.length, 0),
  };
}

const measured = mode === 'floor' ? await floor() : await iamgen();
process.stdout.write(JSON.stringify({ ...measured, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
