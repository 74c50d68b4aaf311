import type { SuggestResult } from '../model.js';
import { declaredAt, templateStatement, templateYaml } from './template-yaml.js';

/**
 * Each function's `iamRoleStatements` for serverless.yml, as the serverless-iam-roles-per-function
 * plugin reads them (`functions.<name>.iamRoleStatements`), with the resources of the file's own
 * `resources:` section named by `Fn::GetAtt`/`Ref` and pseudo parameters by `Fn::Sub`.
 */
export function renderServerless(result: SuggestResult): string {
  const functions: Record<string, unknown> = {};
  const header = ['Least-privilege iamRoleStatements per function (serverless-iam-roles-per-function plugin), written by iamgen.'];
  for (const fn of result.functions) {
    header.push(`${fn.name}: ${declaredAt(fn)}`);
    functions[fn.name] = { iamRoleStatements: fn.policy.Statement.map((statement) => templateStatement(statement, fn, 'long')) };
  }
  return templateYaml({ functions }, header);
}
