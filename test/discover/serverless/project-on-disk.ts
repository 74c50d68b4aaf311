import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** Writes `files` (relative path -> content) into a fresh temporary folder, removed after the test file. */
export function projectOnDisk(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'iamgen-discover-'));
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
