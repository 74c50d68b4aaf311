import type { Statement } from '../../model.js';
import type { Evaluator } from './evaluate-expression.js';
import type { HclBlock } from './hcl/hcl-ast.js';
import { attributeOf, blocksOf } from './terraform-module.js';
import { toPattern, type TfValue } from './terraform-values.js';

/**
 * The `json` of a `data "aws_iam_policy_document"`: its `statement` blocks (after those of
 * `source_policy_documents`, as the provider merges them) as an IAM policy document.
 */
export function policyDocumentJson(evaluator: Evaluator, block: HclBlock, file: string): string {
  const statements: Statement[] = [];
  const sources = attributeOf(block, 'source_policy_documents');
  const sourceValue = sources ? evaluator.evaluate(sources, file) : [];
  for (const source of Array.isArray(sourceValue) ? sourceValue : []) {
    if (typeof source !== 'string') continue;
    try {
      const parsed = JSON.parse(source) as { Statement?: Statement | Statement[] };
      statements.push(...[parsed.Statement ?? []].flat());
    } catch {
      // An unparsable source document adds nothing iamgen could compare.
    }
  }
  for (const statement of blocksOf(block, 'statement')) statements.push(toStatement(evaluator, statement, file));
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

function toStatement(evaluator: Evaluator, block: HclBlock, file: string): Statement {
  const read = (name: string): TfValue | undefined => {
    const expression = attributeOf(block, name);
    return expression ? evaluator.evaluate(expression, file) : undefined;
  };
  const statement: Statement = { Effect: read('effect') === 'Deny' ? 'Deny' : 'Allow' };
  const sid = read('sid');
  if (typeof sid === 'string') statement.Sid = sid;
  const lists = { Action: 'actions', NotAction: 'not_actions', Resource: 'resources', NotResource: 'not_resources' } as const;
  for (const [key, argument] of Object.entries(lists) as Array<[keyof typeof lists, string]>) {
    const value = read(argument);
    if (value !== undefined) statement[key] = Array.isArray(value) ? value.map(toPattern) : toPattern(value);
  }
  for (const condition of blocksOf(block, 'condition')) {
    const test = conditionPart(evaluator, condition, 'test', file);
    const variable = conditionPart(evaluator, condition, 'variable', file);
    const values = conditionPart(evaluator, condition, 'values', file);
    if (typeof test !== 'string' || typeof variable !== 'string') continue;
    statement.Condition ??= {};
    statement.Condition[test] = { ...statement.Condition[test], [variable]: Array.isArray(values) ? values.map(toPattern) : toPattern(values ?? '*') };
  }
  return statement;
}

function conditionPart(evaluator: Evaluator, condition: HclBlock, name: string, file: string): TfValue | undefined {
  const expression = attributeOf(condition, name);
  return expression ? evaluator.evaluate(expression, file) : undefined;
}
