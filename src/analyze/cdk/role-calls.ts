import { ts } from 'ts-morph';
import { locationOf } from '../../resolve/unknown-at.js';
import type { FunctionSource } from './cdk-source-model.js';
import type { ConstructCatalog } from './construct-catalog.js';
import { creationOf, skipWrappers, type Creation } from './construct-creation.js';
import { eventSource } from './event-sources.js';
import { addEnvironment, addEventSources } from './function-sources.js';
import { managedPolicy, policyStatement } from './policy-statements.js';

/**
 * Adds to each function what calls elsewhere in the app give it: `resource.grantX(fn)`,
 * `fn.addToRolePolicy(statement)`, `fn.role?.addManagedPolicy(policy)`, `fn.addEnvironment(k, v)`.
 */
export function readRoleCalls(files: ts.SourceFile[], functions: Map<Creation, FunctionSource>, catalog: ConstructCatalog): void {
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) readCall(node, functions, catalog);
    ts.forEachChild(node, visit);
  };
  for (const file of files) visit(file);
}

function readCall(node: ts.CallExpression, functions: Map<Creation, FunctionSource>, catalog: ConstructCatalog): void {
  const callee = skipWrappers(node.expression);
  if (!ts.isPropertyAccessExpression(callee)) return;
  const method = callee.name.text;
  const [first, second] = node.arguments;
  if (method.startsWith('grant') && first) {
    const grantee = functionOf(first, functions, catalog);
    const resourceCreation = creationOf(callee.expression, catalog.checker);
    const resource = resourceCreation && catalog.describe(resourceCreation);
    if (grantee && resource) grantee.grants.push({ method, resource, at: locationOf(node) });
    return;
  }
  const owner = functionOf(roleOwner(callee.expression), functions, catalog);
  if (!owner || !first) return;
  if (method === 'addToRolePolicy' || method === 'addToPrincipalPolicy') {
    const statement = policyStatement(first, catalog);
    if (statement) owner.statements.push(statement);
  } else if (method === 'addManagedPolicy') {
    const policy = managedPolicy(first, catalog);
    if (policy) owner.managedPolicies.push(policy);
  } else if (method === 'addEventSource') {
    const found = eventSource(first, catalog);
    if (found) addEventSources(owner, [found]);
  } else if (method === 'addEnvironment' && second) {
    const key = catalog.evaluate(first);
    if (typeof key === 'string') addEnvironment(owner, { [key]: catalog.evaluate(second) }, node);
  }
}

// `fn.role?.addManagedPolicy(...)` and `fn.role!.addToPrincipalPolicy(...)` act on the function's role.
function roleOwner(receiver: ts.Expression): ts.Expression {
  const node = skipWrappers(receiver);
  return ts.isPropertyAccessExpression(node) && (node.name.text === 'role' || node.name.text === 'grantPrincipal') ? node.expression : node;
}

function functionOf(expression: ts.Expression, functions: Map<Creation, FunctionSource>, catalog: ConstructCatalog): FunctionSource | undefined {
  const creation = creationOf(expression, catalog.checker);
  return creation ? functions.get(creation) : undefined;
}
