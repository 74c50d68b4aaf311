import { ts } from 'ts-morph';
import { locationOf } from '../../resolve/unknown-at.js';
import { isObjectValue } from '../../resolve/value-kinds.js';
import type { ManagedPolicySource, StatementSource } from './cdk-source-model.js';
import type { ConstructCatalog } from './construct-catalog.js';
import { creationOf, skipWrappers } from './construct-creation.js';

/** `new iam.PolicyStatement({...})`, also through a `const`; undefined for anything else. */
export function policyStatement(expression: ts.Expression, catalog: ConstructCatalog): StatementSource | undefined {
  const creation = creationOf(expression, catalog.checker);
  if (!creation || !ts.isNewExpression(creation) || catalog.describe(creation)?.type !== 'aws-iam.PolicyStatement') return undefined;
  const [props] = creation.arguments ?? [];
  const value = props ? catalog.evaluate(props) : {};
  const at = locationOf(creation);
  if (!isObjectValue(value)) return { effect: effectOf(props), actions: value, resources: value, at };
  const statement: StatementSource = { effect: effectOf(props), actions: value.actions ?? [], resources: value.resources ?? [], at };
  if (value.conditions !== undefined) statement.conditions = value.conditions;
  return statement;
}

// `iam.Effect.DENY` names an enum of aws-cdk-lib, which is not part of the project.
function effectOf(props: ts.Expression | undefined): 'Allow' | 'Deny' {
  const node = props && skipWrappers(props);
  const effect = node && ts.isObjectLiteralExpression(node)
    ? node.properties.find((property) => ts.isPropertyAssignment(property) && property.name.getText() === 'effect')
    : undefined;
  return effect && ts.isPropertyAssignment(effect) && /\bDENY$|^['"]Deny['"]$/.test(effect.initializer.getText()) ? 'Deny' : 'Allow';
}

const managedPolicyKinds: Record<string, ManagedPolicySource['kind']> = {
  fromAwsManagedPolicyName: 'aws',
  fromManagedPolicyName: 'account',
  fromManagedPolicyArn: 'arn',
};

/** `iam.ManagedPolicy.fromAwsManagedPolicyName('...')` and its siblings. */
export function managedPolicy(expression: ts.Expression, catalog: ConstructCatalog): ManagedPolicySource | undefined {
  const node = skipWrappers(expression);
  if (!ts.isCallExpression(node)) return undefined;
  const callee = skipWrappers(node.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const kind = managedPolicyKinds[callee.name.text];
  const last = node.arguments[node.arguments.length - 1];
  if (!kind || !last || catalog.describe(node)?.type !== 'aws-iam.ManagedPolicy') return undefined;
  return { kind, value: catalog.evaluate(last), at: locationOf(node) };
}
