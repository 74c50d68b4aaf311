import { ts } from 'ts-morph';
import type { Arg } from '../sdk-values.js';
import type { Finder, FinderContext, FoundCall } from './finder.js';
import { awsExportCalled, objectLiteralOf, operationOf, propertyOf } from './finder.js';

/**
 * middy middlewares that fetch for the handler: `ssm({ fetchData })` and `secretsManager({ fetchData })`.
 * @middy/ssm batches names into GetParameters (a separate IAM action from GetParameter) and reads a
 * value ending in "/" as a path (GetParametersByPath).
 */
export const middy: Finder = {
  name: 'middy',
  find(node, ctx) {
    const called = awsExportCalled(ctx, node, (module) => module === '@middy/ssm' || module === '@middy/secrets-manager');
    if (!called || called.name !== 'default' || !ts.isCallExpression(node)) return [];
    const fetchData = objectLiteralOf(ctx, propertyOf(objectLiteralOf(ctx, node.arguments[0]), 'fetchData'));
    if (!fetchData) return [];
    return fetchData.properties.flatMap((property) => {
      const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
      if (!value) return [];
      return [called.module === '@middy/ssm' ? ssmFetch(node, ctx, value) : secretFetch(node, ctx, value)];
    });
  },
};

function ssmFetch(node: ts.Node, ctx: FinderContext, value: ts.Expression): FoundCall {
  const isPath = ts.isStringLiteralLike(value) && value.text.endsWith('/');
  const operation = isPath ? 'GetParametersByPath' : 'GetParameters';
  // fetchData gives one name per key; GetParameters takes them as the list `Names`.
  const input: Record<string, Arg | Arg[]> = isPath ? { Path: ctx.arg(value) } : { Names: [ctx.arg(value)] };
  return { node, service: 'ssm', operation: operationOf('ssm', operation), spelled: operation, input: { fields: input } };
}

function secretFetch(node: ts.Node, ctx: FinderContext, value: ts.Expression): FoundCall {
  return { node, service: 'secrets-manager', operation: operationOf('secrets-manager', 'GetSecretValue'), spelled: 'GetSecretValue', input: { fields: { SecretId: ctx.arg(value) } } };
}
