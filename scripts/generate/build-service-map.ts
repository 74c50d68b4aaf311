// The generated ServiceMap of one SDK client: every operation the Service Reference joins to the
// client's boto3 names, plus the methods only iam-dataset knows (operations AWS has since retired
// from the reference but the SDK still ships).
import type { OperationMap, ServiceMap } from '../../src/maps/format.js';
import { buildOperation } from './build-operation.js';
import type { ForwardAccess } from './forward-access-kms.js';
import { extraV2Classes, type IamDataset, type IdsEntry } from './read-iam-dataset.js';
import type { RequiredResourceTypes } from './read-sar-required.js';
import type { ServiceReference, SrOperation } from './read-service-reference.js';
import type { ClientRow } from './read-service-map-tsv.js';

export interface GeneratorData {
  sr: ServiceReference;
  ids: IamDataset;
  required: RequiredResourceTypes;
  fas: ForwardAccess;
}

export interface ServiceMapStats {
  sources: Record<string, number>;
  /** Which rule of build-operation.ts decided each operation. */
  rules: Record<string, number>;
  invalid: string[];
  skipped: string[];
  unmapped: string[];
  /** Data files this map drew on, relative to the data dir. */
  inputs: Set<string>;
}

export function buildServiceMap(client: ClientRow, data: GeneratorData): { map: ServiceMap; stats: ServiceMapStats } {
  const srOps = new Map<string, SrOperation>();
  for (const boto3 of client.boto3) for (const [name, op] of data.sr.operationsByBoto3.get(boto3) ?? []) srOps.set(name, op);
  const classes = [...(client.v2Class ? [client.v2Class] : []), ...(extraV2Classes[client.id] ?? [])];
  const idsOps = new Map<string, { entries: IdsEntry[]; permissionless: boolean }>();
  for (const cls of classes) {
    for (const [key, entries] of data.ids.methods) {
      if (!key.startsWith(`${cls}.`)) continue;
      const name = key.slice(cls.length + 1);
      if (!idsOps.has(name)) idsOps.set(name, { entries, permissionless: data.ids.permissionless.has(key) });
    }
    for (const key of data.ids.permissionless) {
      const name = key.slice(cls.length + 1);
      if (key.startsWith(`${cls}.`) && !idsOps.has(name)) idsOps.set(name, { entries: [], permissionless: true });
    }
  }
  const fasBoto3 = client.boto3.find((b) => data.fas.kms.has(b));
  const fasOps = fasBoto3 ? data.fas.kms.get(fasBoto3) : undefined;
  const stats: ServiceMapStats = { sources: {}, rules: {}, invalid: [], skipped: [], unmapped: [], inputs: new Set(['sdk-service-map.tsv', 'sar-dependent-actions.json']) };
  if (classes.length > 0) stats.inputs.add('iam-dataset/map-2022-08-19.json');
  if (fasBoto3 && data.fas.files.has(fasBoto3)) stats.inputs.add(data.fas.files.get(fasBoto3)!);
  const prefixes = new Set<string>([client.iamPrefix]);
  const operations: Record<string, OperationMap> = {};
  const resourceTypes: Record<string, string> = {};
  for (const name of [...new Set([...srOps.keys(), ...idsOps.keys()])].sort()) {
    const srOp = srOps.get(name);
    if (srOp) prefixes.add(srOp.prefix);
    const idsOp = idsOps.get(name);
    const fasActions = fasOps?.get(name);
    const built = buildOperation(data.sr, data.required, {
      prefix: client.iamPrefix,
      name,
      ...(srOp ? { srOp } : {}),
      ...(idsOp ? { idsEntries: idsOp.entries } : {}),
      permissionless: idsOp?.permissionless ?? false,
      ...(fasActions && fasBoto3 ? { forwardAccess: { service: fasBoto3, actions: fasActions } } : {}),
    });
    operations[name] = built.operation;
    for (const [k, v] of built.types) resourceTypes[k] = v;
    const key = built.operation.permissions || built.operation.noPermission ? built.operation.source : 'unmapped';
    stats.sources[key] = (stats.sources[key] ?? 0) + 1;
    stats.rules[built.rule] = (stats.rules[built.rule] ?? 0) + 1;
    if (key === 'unmapped') stats.unmapped.push(`${client.id}.${name}`);
    stats.invalid.push(...built.invalid.map((a) => `${client.id}.${name}: ${a}`));
    stats.skipped.push(...built.skipped.map((a) => `${client.id}.${name}: ${a}`));
    for (const rule of built.operation.permissions ?? []) prefixes.add(rule.action.split(':')[0] ?? '');
  }
  for (const prefix of prefixes) {
    const file = data.sr.services.get(prefix)?.file;
    if (file) stats.inputs.add(file);
  }
  const map: ServiceMap = {
    client: client.id,
    kind: 'client',
    package: client.package,
    ...(client.v2Class ? { v2Class: client.v2Class } : {}),
    iamPrefix: client.iamPrefix,
    resourceTypes,
    operations,
  };
  return { map, stats };
}
