import type { SuggestResult } from '../model.js';
import { declaredAt, functionLogicalId, refTo, templateStatement, templateYaml } from './template-yaml.js';

/**
 * One `AWS::IAM::Policy` resource per function for a CloudFormation template, attached to the
 * function's role. The role is taken to be `<Function>Role`, the logical id SAM gives the role it
 * creates; the header says so, because a hand-written template may name it otherwise. A function
 * that needs nothing gets no resource: a policy without statements does not deploy.
 */
export function renderCloudFormation(result: SuggestResult): string {
  const resources: Record<string, unknown> = {};
  const header = ['Least-privilege policies written by iamgen; each is attached to <Function>Role: change Roles if your role is named otherwise.'];
  for (const fn of result.functions) {
    const id = functionLogicalId(fn);
    if (fn.policy.Statement.length === 0) {
      header.push(`${id}: ${declaredAt(fn)} (needs no AWS permission)`);
      continue;
    }
    header.push(`${id}: ${declaredAt(fn)}`);
    resources[`${id}Policy`] = {
      Type: 'AWS::IAM::Policy',
      Properties: {
        PolicyName: `${id}Policy`,
        PolicyDocument: { Version: '2012-10-17', Statement: fn.policy.Statement.map((statement) => templateStatement(statement, fn, 'short')) },
        Roles: [refTo(`${id}Role`, 'short')],
      },
    };
  }
  return templateYaml({ Resources: resources }, header);
}
