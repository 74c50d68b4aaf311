// npm run bench:actions — what `iamgen actions` costs against starting node itself, and what
// loading one service's action map costs against loading them all. Medians over repeated runs,
// each floor measured in the same run (shared machines are noisy).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 21);
const timeBinary = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Sample { ms: number; rssKb?: number }

function runOnce(args: string[]): Sample {
  const command = timeBinary ? [timeBinary, '-f', '%M', process.execPath, ...args] : [process.execPath, ...args];
  const started = performance.now();
  const child = spawnSync(command[0]!, command.slice(1), { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed: ${child.stderr}`);
  const rssKb = timeBinary ? Number(child.stderr.trim().split('\n').at(-1)) : undefined;
  return { ms, rssKb };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(label: string, args: string[]): { ms: number; rssKb?: number } {
  runOnce(args); // warm the file cache
  const samples = Array.from({ length: runs }, () => runOnce(args));
  const result = { ms: median(samples.map((s) => s.ms)), rssKb: timeBinary ? median(samples.map((s) => s.rssKb!)) : undefined };
  console.log(`${label.padEnd(44)} ${result.ms.toFixed(1).padStart(8)} ms${result.rssKb ? `  ${(result.rssKb / 1024).toFixed(1).padStart(7)} MiB peak RSS` : ''}`);
  return result;
}

if (!existsSync(path.join(root, 'dist/cli/main.js'))) throw new Error('run `npm run build` first');
console.log(`median of ${runs} runs each${timeBinary ? '' : ' (no /usr/bin/time: no memory figures)'}`);
const floor = measure('node -e 0 (floor)', ['-e', '0']);
const actions = measure('iamgen actions s3 CopyObject --format json', ['bin/iamgen.js', 'actions', 's3', 'CopyObject', '--input', '{"Bucket":"dst","Key":"k2","CopySource":"src/k1"}', '--format', 'json']);
console.log(`iamgen actions / node -e 0: ${(actions.ms / floor.ms).toFixed(2)}x time, +${(actions.ms - floor.ms).toFixed(1)} ms` +
  (actions.rssKb && floor.rssKb ? `, +${((actions.rssKb - floor.rssKb) / 1024).toFixed(1)} MiB` : ''));

// In process: one service file against every service file.
const servicesDir = path.join(root, 'action-maps/services');
const timeIt = (fn: () => void) => { const t = performance.now(); fn(); return performance.now() - t; };
const one = median(Array.from({ length: runs }, () => timeIt(() => {
  JSON.parse(readFileSync(path.join(root, 'action-maps/index.json'), 'utf8'));
  JSON.parse(readFileSync(path.join(servicesDir, 's3.json'), 'utf8'));
}))); 
const files = readdirSync(servicesDir);
const all = median(Array.from({ length: 5 }, () => timeIt(() => {
  for (const file of files) JSON.parse(readFileSync(path.join(servicesDir, file), 'utf8'));
})));
console.log(`load index + s3 map: ${one.toFixed(2)} ms; load all ${files.length} service maps: ${all.toFixed(1)} ms (${(all / one).toFixed(0)}x)`);
