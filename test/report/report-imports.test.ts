import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// DESIGN.md: reports are pure functions of the saved result. src/report/ may import only the shared
// types, its own files and the yaml package, never another stage, node built-ins or the AWS SDK.
const REPORT_DIR = fileURLToPath(new URL('../../src/report/', import.meta.url));
const ALLOWED = /^(\.\.\/model\.js|\.\/[a-z-]+\.js|yaml)$/;

it('src/report imports only ../model.js, its own files and yaml', () => {
  const offending: string[] = [];
  for (const file of readdirSync(REPORT_DIR).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(`${REPORT_DIR}${file}`, 'utf8');
    for (const match of source.matchAll(/\bfrom\s+'([^']+)'/g)) {
      if (!ALLOWED.test(match[1]!)) offending.push(`${file}: ${match[1]}`);
    }
  }
  expect(offending).toEqual([]);
});
