import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyzeFunctions, type FunctionCalls } from '../../src/analyze/analyze-functions.js';

/** Writes the files into a fresh folder and analyses `entry` (default index.ts) as one function. */
export function analyzeSource(files: Record<string, string>, entry = Object.keys(files)[0]!, env: Record<string, string> = {}): FunctionCalls {
  const dir = writeProject(files);
  return analyzeFunctions([{ name: 'fn', entry: join(dir, entry) }], { env: new Map(Object.entries(env)) })[0]!;
}

export function writeProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'iamgen-analyze-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** [service, operation, line] of each call, in source order. */
export function callTriples(files: Record<string, string>, entry?: string): Array<[string, string, number]> {
  return analyzeSource(files, entry).calls.map((call) => [call.service, call.operation, call.at.line]);
}
