import type { SuggestResult } from '../model.js';
import { declaredAt, functionLogicalId, templateStatement, templateYaml } from './template-yaml.js';

/**
 * Each function's `Policies` for a SAM template: one inline policy document, with the template's
 * own resources named by `!GetAtt`/`!Ref` and the partition, region and account by `!Sub`. The
 * structure mirrors the template (`Resources.<Function>.Properties.Policies`) so that it parses as
 * YAML and shows where each block goes.
 */
export function renderSam(result: SuggestResult): string {
  const resources: Record<string, unknown> = {};
  const header = ['Least-privilege Policies written by iamgen; replace each function\'s Policies with its block.'];
  for (const fn of result.functions) {
    const id = functionLogicalId(fn);
    header.push(`${id}: ${declaredAt(fn)}`);
    const statements = fn.policy.Statement.map((statement) => templateStatement(statement, fn, 'short'));
    resources[id] = { Properties: { Policies: statements.length === 0 ? [] : [{ Version: '2012-10-17', Statement: statements }] } };
  }
  return templateYaml({ Resources: resources }, header);
}
