import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const created: string[] = [];
// Registered once, when a test file imports this helper: a hook registered inside a running test is not run.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (relative path -> content) into a fresh temporary folder, removed after the test file. */
export function projectOnDisk(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iamgen-discover-'));
  created.push(dir);
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}
