// The checked-in action-maps/ are exactly what the generator writes from ../shared/data and the
// overrides: this fails when someone edits a generated file by hand or forgets to regenerate.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateActionMaps } from '../../scripts/generate-action-maps.js';

const checkedIn = path.resolve(import.meta.dirname, '../../action-maps');
const runs = [mkdtempSync(path.join(tmpdir(), 'iamgen-maps-a-')), mkdtempSync(path.join(tmpdir(), 'iamgen-maps-b-'))];

/** Generated files (services/*, index.json, MANIFEST.json) by relative path; overrides/ is input. */
function generatedFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of ['index.json', 'MANIFEST.json']) files.set(name, readFileSync(path.join(dir, name)));
  for (const name of readdirSync(path.join(dir, 'services')).sort()) {
    files.set(`services/${name}`, readFileSync(path.join(dir, 'services', name)));
  }
  return files;
}

describe('generate-action-maps', () => {
  afterAll(() => runs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('writes the same bytes on two runs', () => {
    for (const outDir of runs) generateActionMaps({ outDir });
    const [a, b] = runs.map(generatedFiles);
    expect([...a!.keys()]).toEqual([...b!.keys()]);
    const differing = [...a!].filter(([name, bytes]) => !bytes.equals(b!.get(name)!)).map(([name]) => name);
    expect(differing).toEqual([]);
  });

  it('matches the checked-in action-maps/ byte for byte (run `npm run generate:maps`)', () => {
    const fresh = generatedFiles(runs[0]!);
    const current = generatedFiles(checkedIn);
    expect([...current.keys()]).toEqual([...fresh.keys()]);
    const stale = [...fresh].filter(([name, bytes]) => !bytes.equals(current.get(name) ?? Buffer.alloc(0))).map(([name]) => name);
    expect(stale).toEqual([]);
  });
});
