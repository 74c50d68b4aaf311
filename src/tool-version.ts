import { readFileSync } from 'node:fs';

/** The version in iamgen's package.json (one level above src/ and dist/). */
export function toolVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
