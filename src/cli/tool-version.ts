import { readFileSync } from 'node:fs';

/** The version in iamgen's package.json (two levels above src/cli/ and dist/cli/). */
export function toolVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
