import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { analyzeFunctions, type FunctionCalls } from '../../src/analyze/analyze-functions.js';

/** Writes the files into a fresh folder and analyses `entry` (default index.ts) as one function. */
export function analyzeSource(files: Record<string, string>, entry = Object.keys(files)[0]!, env: Record<string, string> = {}): FunctionCalls {
  const dir = writeProject(files);
  return analyzeFunctions([{ name: 'fn', entry: join(dir, entry) }], { env: new Map(Object.entries(env)) })[0]!;
}

// Every folder a test file writes is removed once its tests are done (the hook is registered for
// each test file that imports this module).
const written: string[] = [];
afterAll(() => {
  for (const dir of written.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function writeProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'iamgen-analyze-'));
  written.push(dir);
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
