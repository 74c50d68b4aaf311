// Generates action-maps/ (index.json, services/<client>.json, MANIFEST.json) from the reference data
// in ../shared/data (or $IAMGEN_SHARED_DATA), merged with the curated action-maps/overrides/.
// Generated, deterministic output: the same inputs give the same bytes.
//
//   npm run generate:maps                   write into action-maps/
//   tsx scripts/generate-action-maps.ts DIR [--overrides DIR]   write into DIR (tests)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceMap } from '../src/maps/format.js';
import { aliasRank, buildIndex, serviceIdAliases, type AliasCollision, type AliasSource } from './generate/build-index.js';
import { buildServiceMap, type GeneratorData } from './generate/build-service-map.js';
import { readForwardAccess } from './generate/forward-access-kms.js';
import { extraV2Classes, readIamDataset } from './generate/read-iam-dataset.js';
import { mergeOverride, readOverrides, validateOverride } from './generate/merge-overrides.js';
import { readSarRequired } from './generate/read-sar-required.js';
import { readServiceReference } from './generate/read-service-reference.js';
import { parseServiceMapTsv } from './generate/read-service-map-tsv.js';
import { buildManifest } from './generate/build-manifest.js';
import { stableJson } from './generate/write-stable-json.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface GenerateOptions {
  dataDir?: string;
  outDir?: string;
  overridesDir?: string;
}

export interface GenerateSummary {
  clients: number;
  libraries: number;
  operations: number;
  sources: Record<string, number>;
  rules: Record<string, number>;
  overrideOperations: number;
  invalidActions: string[];
  skippedActions: string[];
  unmapped: string[];
  collisions: AliasCollision[];
  skippedForwardAccess: string[];
  bytes: number;
}

export function defaultDataDir(): string {
  return process.env.IAMGEN_SHARED_DATA ?? path.resolve(repoRoot, '../shared/data');
}

export function generateActionMaps(options: GenerateOptions = {}): GenerateSummary {
  const dataDir = options.dataDir ?? defaultDataDir();
  const outDir = options.outDir ?? path.join(repoRoot, 'action-maps');
  const overridesDir = options.overridesDir ?? path.join(repoRoot, 'action-maps', 'overrides');
  const tsvText = readFileSync(path.join(dataDir, 'sdk-service-map.tsv'), 'utf8');
  const data: GeneratorData = {
    sr: readServiceReference(dataDir),
    ids: readIamDataset(dataDir),
    required: readSarRequired(dataDir),
    fas: readForwardAccess(dataDir),
  };
  const summary: GenerateSummary = {
    clients: 0, libraries: 0, operations: 0, sources: {}, rules: {}, overrideOperations: 0, invalidActions: [], skippedActions: [], unmapped: [], collisions: [],
    skippedForwardAccess: data.fas.skipped, bytes: 0,
  };
  const maps = new Map<string, ServiceMap>();
  const inputs = new Map<string, Set<string>>();
  const aliasSources: AliasSource[] = [];
  for (const row of parseServiceMapTsv(tsvText)) {
    // One retired client (iotthingsgraph) has no IAM prefix in the TSV; iam-dataset's service table has it.
    const client = { ...row, iamPrefix: row.iamPrefix || (row.v2Class && data.ids.prefixes.get(row.v2Class)) || row.boto3[0] || row.id };
    const { map, stats } = buildServiceMap(client, data);
    maps.set(client.id, map);
    inputs.set(client.id, stats.inputs);
    for (const [k, n] of Object.entries(stats.sources)) summary.sources[k] = (summary.sources[k] ?? 0) + n;
    for (const [k, n] of Object.entries(stats.rules)) summary.rules[k] = (summary.rules[k] ?? 0) + n;
    summary.invalidActions.push(...stats.invalid);
    summary.skippedActions.push(...stats.skipped);
    summary.unmapped.push(...stats.unmapped);
    aliasSources.push({
      client: client.id,
      names: [
        { alias: client.package, rank: aliasRank.package },
        { alias: client.id, rank: aliasRank.id },
        ...[client.v2Class, ...(extraV2Classes[client.id] ?? [])].filter((c): c is string => !!c).map((alias) => ({ alias, rank: aliasRank.v2Class })),
        ...client.boto3.map((alias) => ({ alias, rank: aliasRank.boto3 })),
        ...serviceIdAliases(client.serviceId).map((alias) => ({ alias, rank: aliasRank.serviceId })),
      ],
    });
  }
  const overrides = readOverrides(overridesDir, 'action-maps/overrides');
  for (const o of overrides) {
    const generated = maps.get(o.client);
    validateOverride(o, generated, data.sr);
    maps.set(o.client, mergeOverride(generated, o));
    summary.overrideOperations += Object.keys(o.content.operations).length;
    const own = inputs.get(o.client) ?? new Set<string>();
    inputs.set(o.client, own);
    if (!generated && o.content.service) {
      const s = o.content.service;
      aliasSources.push({
        client: o.client,
        names: [
          ...(s.package ? [{ alias: s.package, rank: aliasRank.package }] : []),
          { alias: o.client, rank: aliasRank.id },
          ...(s.v2Class ? [{ alias: s.v2Class, rank: aliasRank.v2Class }] : []),
          ...(s.aliases ?? []).map((alias) => ({ alias, rank: aliasRank.v2Class })),
        ],
      });
    }
  }
  const dataVersion = readDataVersion(dataDir);
  const sorted = [...maps.values()].sort((a, b) => (a.client < b.client ? -1 : 1));
  const { index, collisions } = buildIndex(dataVersion, sorted, aliasSources);
  summary.collisions = collisions;
  const files = new Map<string, string>();
  for (const map of sorted) {
    files.set(`services/${map.client}.json`, stableJson(map));
    summary.operations += Object.keys(map.operations).length;
    if (map.kind === 'library') summary.libraries++;
    else summary.clients++;
  }
  files.set('index.json', stableJson(index));
  const manifest = buildManifest({ dataDir, dataVersion, inputs, overrides, files });
  files.set('MANIFEST.json', stableJson(manifest));
  writeOutput(outDir, files);
  summary.bytes = [...files.values()].reduce((n, text) => n + Buffer.byteLength(text), 0);
  return summary;
}

/** The Service Reference snapshot date, as data/README.md states it. */
function readDataVersion(dataDir: string): string {
  const readme = readFileSync(path.join(dataDir, 'README.md'), 'utf8');
  const date = /servicereference[^\n]*snapshot of (\d{4}-\d{2}-\d{2})/.exec(readme)?.[1];
  if (!date) throw new Error(`${path.join(dataDir, 'README.md')}: no "snapshot of YYYY-MM-DD" for servicereference`);
  return date;
}

/** Writes every file and removes service files no longer generated; overrides/ is never touched. */
function writeOutput(outDir: string, files: Map<string, string>): void {
  mkdirSync(path.join(outDir, 'services'), { recursive: true });
  for (const name of readdirSync(path.join(outDir, 'services'))) {
    if (!files.has(`services/${name}`)) rmSync(path.join(outDir, 'services', name));
  }
  for (const [name, text] of files) writeFileSync(path.join(outDir, name), text);
}

function main(argv: string[]): void {
  const args = [...argv];
  const at = args.indexOf('--overrides');
  const overridesDir = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const outDir = args[0] ? path.resolve(args[0]) : undefined;
  const started = performance.now();
  const s = generateActionMaps({ ...(outDir ? { outDir } : {}), ...(overridesDir ? { overridesDir: path.resolve(overridesDir) } : {}) });
  const ms = Math.round(performance.now() - started);
  process.stderr.write(
    [
      `action-maps: ${s.clients} clients, ${s.libraries} libraries, ${s.operations} operations, ${(s.bytes / 1e6).toFixed(1)} MB in ${ms} ms`,
      `  generated sources: ${Object.entries(s.sources).sort().map(([k, n]) => `${k} ${n}`).join(', ')}`,
      `  decided by: ${Object.entries(s.rules).sort().map(([k, n]) => `${k} ${n}`).join(', ')}`,
      `  override operations: ${s.overrideOperations}`,
      `  actions dropped as not in the Service Reference: ${s.invalidActions.length}`,
      `  Service Reference actions left out by rule: ${s.skippedActions.length}`,
      `  operations with no rules (unknown): ${s.unmapped.length}`,
      `  alias collisions: ${s.collisions.map((c) => `${c.alias} -> ${c.winner} (not ${c.losers.join(', ')})`).join('; ')}`,
      `  forward-access calls not mapped: ${s.skippedForwardAccess.join('; ')}`,
      '',
    ].join('\n'),
  );
  if (process.env.IAMGEN_GENERATOR_VERBOSE) {
    process.stderr.write(`invalid:\n  ${s.invalidActions.join('\n  ')}\nunmapped:\n  ${s.unmapped.join('\n  ')}\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`generate-action-maps: ${(error as Error).message}\n`);
    process.exit(2);
  }
}
