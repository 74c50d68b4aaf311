// npm run bench:accuracy [-- <folder>...]
//
// Runs iamgen over every sample in samples/ (and over each extra folder given: a sample folder, or
// a folder of sample folders, e.g. the held-out projects) and reports, per sample and in total:
//   recall       needed (action, resource) pairs the policy allows / needed pairs
//   forbidden    actions that must not be granted but are (count and names)
//   over-broad   granted pairs whose resource is a wildcard wider than the code revealed / granted pairs
// Path samples (functions given by path, env by hand) and project samples (functions and env from the
// IaC) are totalled separately as well. In a project sample, a function the IaC declares that iamgen
// does not find scores 0 recall; one it finds that the sample does not list is reported as an extra.
// The definitions are in scripts/bench/score-function.ts; the file shapes in scripts/bench/sample-files.ts.
// Exit code 1 when any sample could not be run, so a crash is never mistaken for a score.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSuggest } from '../src/run-suggest.js';
import { loadSample, matchFunctions, sampleDirs, suggestArguments, type Sample } from './bench/sample-files.js';
import { scoreFunction, type FunctionScore } from './bench/score-function.js';

interface SampleRow {
  name: string;
  kind?: Sample['kind'];
  scores: Array<{ key: string; score: FunctionScore }>;
  /** Functions iamgen found that the sample does not list. */
  extra: string[];
  error?: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const roots = [path.join(repoRoot, 'samples'), ...process.argv.slice(2).map((arg) => path.resolve(arg))];

async function scoreSample(sample: Sample): Promise<SampleRow> {
  try {
    const result = await runSuggest(...suggestArguments(sample));
    const { matched, extra } = matchFunctions(sample, result);
    const scores = matched.map(({ expectation, result: found }) => {
      const policy = found?.policy ?? { Version: '2012-10-17' as const, Statement: [] };
      return { key: expectation.key, score: scoreFunction(expectation, policy) };
    });
    return { name: sample.name, kind: sample.kind, scores, extra };
  } catch (error) {
    return { name: sample.name, kind: sample.kind, scores: [], extra: [], error: (error as Error).stack ?? String(error) };
  }
}

function sum(scores: FunctionScore[]) {
  return {
    needed: scores.reduce((n, s) => n + s.needed, 0),
    allowed: scores.reduce((n, s) => n + s.allowed, 0),
    forbidden: scores.flatMap((s) => s.forbiddenGranted),
    granted: scores.reduce((n, s) => n + s.granted, 0),
    overBroad: scores.reduce((n, s) => n + s.overBroad.length, 0),
  };
}

const percent = (part: number, whole: number) => (whole === 0 ? '   -  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);

function printTable(rows: SampleRow[]): void {
  const width = Math.max(24, ...rows.map((r) => r.name.length + 2));
  console.log(`${'sample'.padEnd(width)} ${'recall'.padStart(16)} ${'forbidden'.padStart(9)} ${'over-broad'.padStart(17)}`);
  for (const row of rows) {
    if (row.error) {
      console.log(`${row.name.padEnd(width)} ERROR ${row.error.split('\n')[0]}`);
      continue;
    }
    const t = sum(row.scores.map((s) => s.score));
    console.log(
      `${row.name.padEnd(width)} ${`${t.allowed}/${t.needed}`.padStart(8)} ${percent(t.allowed, t.needed)} ${String(t.forbidden.length).padStart(9)} ${`${t.overBroad}/${t.granted}`.padStart(9)} ${percent(t.overBroad, t.granted)}`,
    );
  }
}

function printDetails(rows: SampleRow[]): void {
  const lines: string[] = [];
  for (const row of rows) {
    if (row.error) lines.push(`${row.name}: ${row.error}`);
    for (const extra of row.extra) lines.push(`${row.name}: extra     function ${extra} is not in the sample`);
    for (const { key, score } of row.scores) {
      const where = `${row.name}/${key}`;
      for (const m of score.missing) lines.push(`${where}: missing   ${m.action} ${m.resource}`);
      for (const f of score.forbiddenGranted) lines.push(`${where}: forbidden ${f}`);
      for (const o of score.overBroad) lines.push(`${where}: too broad ${o.action} ${o.resource}`);
    }
  }
  if (lines.length) console.log(`\n${lines.join('\n')}`);
}

const allRows: SampleRow[] = [];
for (const root of roots) {
  const rows: SampleRow[] = [];
  for (const dir of sampleDirs(root)) {
    let sample: Sample;
    try {
      sample = loadSample(dir);
    } catch (error) {
      rows.push({ name: path.basename(dir), scores: [], extra: [], error: (error as Error).message });
      continue;
    }
    rows.push(await scoreSample(sample));
  }
  console.log(`\n== ${path.relative(process.cwd(), root) || root} (${rows.length} samples)\n`);
  printTable(rows);
  printDetails(rows);
  allRows.push(...rows);
}

function totalLine(label: string, rows: SampleRow[]): string {
  const total = sum(rows.flatMap((r) => r.scores.map((s) => s.score)));
  const errors = rows.filter((r) => r.error).length;
  const extras = rows.reduce((n, r) => n + r.extra.length, 0);
  return (
    `${label}  recall ${total.allowed}/${total.needed} (${percent(total.allowed, total.needed).trim()})` +
    `  forbidden granted ${total.forbidden.length}${total.forbidden.length ? ` (${[...new Set(total.forbidden)].join(', ')})` : ''}` +
    `  over-broad ${total.overBroad}/${total.granted} (${percent(total.overBroad, total.granted).trim()})` +
    `${extras ? `  extra functions ${extras}` : ''}` +
    `  samples ${rows.length}${errors ? `, ${errors} failed to run` : ''}`
  );
}

console.log('');
console.log(totalLine('PATH SAMPLES   ', allRows.filter((r) => r.kind === 'paths')));
console.log(totalLine('PROJECT SAMPLES', allRows.filter((r) => r.kind === 'project')));
console.log(totalLine('TOTAL          ', allRows));
process.exitCode = allRows.some((r) => r.error) ? 1 : 0;
