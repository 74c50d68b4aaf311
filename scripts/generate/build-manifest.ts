// action-maps/MANIFEST.json: for each generated file, the inputs it came from with their sha256,
// and the generator version. No timestamps: only the data's own date, so the bytes are stable.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadedOverride } from './merge-overrides.js';
import { sha256 } from './write-stable-json.js';

/** Bump when a change to the generator changes its output for the same inputs. */
export const generatorVersion = '1.0.0';

export interface ManifestInput {
  dataDir: string;
  dataVersion: string;
  /** client id -> data files (relative to the data dir) its service file drew on. */
  inputs: Map<string, Set<string>>;
  overrides: LoadedOverride[];
  /** Generated files so far (services/*, index.json), by path relative to action-maps/. */
  files: Map<string, string>;
}

export function buildManifest(m: ManifestInput): Record<string, unknown> {
  const hashes = new Map<string, string>();
  const hashData = (rel: string): string => {
    const key = `shared/data/${rel}`;
    if (!hashes.has(key)) hashes.set(key, sha256(readFileSync(path.join(m.dataDir, rel))));
    return key;
  };
  for (const o of m.overrides) hashes.set(o.file, sha256(o.text));
  const files: Record<string, { inputs: string[]; sha256: string }> = {};
  const all = new Set<string>();
  for (const [name, text] of m.files) {
    let used: string[];
    if (name.startsWith('services/')) {
      const client = name.slice('services/'.length, -'.json'.length);
      used = [...(m.inputs.get(client) ?? [])].map(hashData);
      const override = m.overrides.find((o) => o.client === client);
      if (override) used.push(override.file);
    } else {
      used = [hashData('sdk-service-map.tsv'), hashData('README.md'), ...m.overrides.map((o) => o.file)];
    }
    used = [...new Set(used)].sort();
    used.forEach((u) => all.add(u));
    files[name] = { inputs: used, sha256: sha256(text) };
  }
  const inputs: Record<string, string> = {};
  for (const key of [...all].sort()) inputs[key] = hashes.get(key) ?? '';
  return {
    generator: { script: 'scripts/generate-action-maps.ts', version: generatorVersion },
    dataVersion: m.dataVersion,
    inputs,
    files,
  };
}
