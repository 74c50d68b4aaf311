import { ts } from 'ts-morph';
import type { Value } from '../../model.js';
import type { Arg, ClientValue, CommandValue, SdkValue } from '../sdk-values.js';
import { canonicalOperationName } from '../service-names.js';

/** What a finder reports: one AWS operation a call or construction makes. */
export interface FoundCall {
  /** The node whose position is reported. */
  node: ts.Node;
  /** Action-map client id; undefined when the service cannot be told (reported as a finding). */
  service: string | undefined;
  /** Canonical operation; undefined when it cannot be told. */
  operation: string | undefined;
  /** The name as the code spells it ("putObject", "PutObjectCommand"), for findings. */
  spelled: string;
  /** The input argument, or an input built from several arguments (helper libraries); a list field holds one Arg per element. */
  input?: Arg | { fields: Record<string, Arg | Arg[] | Value> };
  client?: ClientValue;
  /** The operation comes from a parameter the function was reached without a binding for. */
  fromUnboundParameter?: boolean;
}

export interface FinderContext {
  /** What an expression is, in the context of the body being read. */
  classify(expr: ts.Expression): SdkValue | undefined;
  /** An argument of the call being read, kept with its context for later evaluation. */
  arg(expr: ts.Expression): Arg;
}

/**
 * One SDK shape. Every finder looks at each call and `new` of reachable code once that could be an
 * SDK call: whose callee is an export of an AWS package or a client's method, whose receiver is a
 * client, a helper library's object or a client's method, or that is a `send(...)` (see
 * `mayBeSdkCall` in summarize-body.ts).
 */
export interface Finder {
  name: string;
  find(node: ts.CallExpression | ts.NewExpression, ctx: FinderContext): FoundCall[];
}

/** `receiver.method(...)`, with the method name. */
export function methodCall(node: ts.CallExpression | ts.NewExpression): { receiver: ts.Expression; method: string } | undefined {
  if (!ts.isCallExpression(node)) return undefined;
  const callee = node.expression;
  if (ts.isPropertyAccessExpression(callee)) return { receiver: callee.expression, method: callee.name.text };
  if (ts.isElementAccessExpression(callee) && ts.isStringLiteralLike(callee.argumentExpression)) return { receiver: callee.expression, method: callee.argumentExpression.text };
  return undefined;
}

export function operationOf(service: string | undefined, name: string): string | undefined {
  return service ? canonicalOperationName(service, name) : undefined;
}

/** The call a command makes when sent. */
export function commandCall(node: ts.Node, command: CommandValue, client: ClientValue | undefined): FoundCall {
  return { node, service: command.clientId, operation: operationOf(command.clientId, command.name), spelled: command.name, input: command.input, client };
}

/** The aws-export a callee names, when it is one of `module` (a string or a test). */
export function awsExportCalled(ctx: FinderContext, node: ts.CallExpression | ts.NewExpression, module: (name: string) => boolean): { module: string; name: string } | undefined {
  const callee = ctx.classify(node.expression);
  if (callee?.kind !== 'aws-export' || !module(callee.module)) return undefined;
  const name = callee.path[callee.path.length - 1];
  return name ? { module: callee.module, name } : undefined;
}

/** The expression of property `name` in an object literal argument. */
export function propertyOf(expr: ts.Expression | undefined, name: string): ts.Expression | undefined {
  if (!expr || !ts.isObjectLiteralExpression(expr)) return undefined;
  for (const property of expr.properties) {
    if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) && property.name.text === name) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === name) return property.name;
  }
  return undefined;
}

/** The object literal an expression is (directly or through a const), for reading options. */
export function objectLiteralOf(ctx: FinderContext, expr: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  if (!expr) return undefined;
  if (ts.isObjectLiteralExpression(expr)) return expr;
  const value = ctx.classify(expr);
  return value?.kind === 'object' ? value.literal : undefined;
}

/** The client in an `{ client }` options object (paginators, waiters, lib-storage). */
export function clientOption(ctx: FinderContext, options: ts.Expression | undefined): ClientValue | undefined {
  const clientExpr = propertyOf(objectLiteralOf(ctx, options), 'client');
  const client = clientExpr ? ctx.classify(clientExpr) : undefined;
  return client?.kind === 'client' ? client : undefined;
}

export function isClientPackage(module: string): boolean {
  return module.startsWith('@aws-sdk/client-') || module === '@aws-sdk/lib-dynamodb';
}
