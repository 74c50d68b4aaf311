import { ts } from 'ts-morph';
import { dependsOnContext, type AnalysisRun } from './analysis-run.js';
import { constructAwsExport, documentClientFrom, isAwsPackage } from './aws-packages.js';
import { contextForCall } from './call-context.js';
import { classifySymbol, enclosingClass, memberOf } from './classify-declaration.js';
import { returnExpressions } from './syntax.js';
import { EMPTY_CONTEXT, type CallContext, type SdkValue } from './sdk-values.js';

/**
 * What an expression is, as far as AWS calls care: an SDK client or command, an export of an AWS
 * package, a local class instance, function, module or object. Undefined when it is none of these
 * or cannot be told. Cached per node and context for the whole run.
 */
export function classify(expr: ts.Expression, ctx: CallContext, run: AnalysisRun): SdkValue | undefined {
  let byNode = run.classified.get(ctx.id);
  const cached = byNode?.get(expr);
  if (cached !== undefined) {
    // Only context-dependent answers and cycle marks are kept per context.
    dependsOnContext(run);
    return cached ?? undefined;
  }
  const shared = run.contextFree.get(expr);
  if (shared !== undefined) return shared ?? undefined;
  if (!byNode) run.classified.set(ctx.id, (byNode = new Map()));
  // Marked as nothing while being classified: a cycle (`a = b; b = a`) ends there.
  byNode.set(expr, null);
  const readsBefore = run.contextReads;
  const value = classifyUncached(expr, ctx, run);
  if (run.contextReads === readsBefore) {
    // Nothing on the way looked at the context (nor met a cycle): the answer holds in every context.
    byNode.delete(expr);
    run.contextFree.set(expr, value ?? null);
  } else byNode.set(expr, value ?? null);
  return value;
}

function classifyUncached(expr: ts.Expression, ctx: CallContext, run: AnalysisRun): SdkValue | undefined {
  // One switch on `kind`: this runs for every expression the analysis looks at.
  switch (expr.kind) {
    case ts.SyntaxKind.ParenthesizedExpression:
    case ts.SyntaxKind.AsExpression:
    case ts.SyntaxKind.NonNullExpression:
    case ts.SyntaxKind.SatisfiesExpression:
    case ts.SyntaxKind.TypeAssertionExpression:
    case ts.SyntaxKind.AwaitExpression:
      return classify((expr as ts.ParenthesizedExpression).expression, ctx, run);
    case ts.SyntaxKind.Identifier: {
      const symbol = ts.isShorthandPropertyAssignment(expr.parent) && expr.parent.name === expr ? run.checker.getShorthandAssignmentValueSymbol(expr.parent) : run.checker.getSymbolAtLocation(expr);
      return symbol ? classifySymbol(symbol, ctx, run) : undefined;
    }
    case ts.SyntaxKind.ThisKeyword: {
      dependsOnContext(run);
      if (ctx.thisValue) return ctx.thisValue;
      const classDecl = enclosingClass(expr);
      return classDecl ? { kind: 'instance', classDecl } : undefined;
    }
    case ts.SyntaxKind.PropertyAccessExpression: {
      const access = expr as ts.PropertyAccessExpression;
      return memberOf(classify(access.expression, ctx, run), access.name.text, run);
    }
    case ts.SyntaxKind.ElementAccessExpression: {
      const access = expr as ts.ElementAccessExpression;
      return ts.isStringLiteralLike(access.argumentExpression) ? memberOf(classify(access.expression, ctx, run), access.argumentExpression.text, run) : undefined;
    }
    case ts.SyntaxKind.NewExpression:
      return classifyNew(expr as ts.NewExpression, ctx, run);
    case ts.SyntaxKind.CallExpression:
      return classifyCall(expr as ts.CallExpression, ctx, run);
    case ts.SyntaxKind.ConditionalExpression: {
      const conditional = expr as ts.ConditionalExpression;
      return classify(conditional.whenTrue, ctx, run) ?? classify(conditional.whenFalse, ctx, run);
    }
    case ts.SyntaxKind.BinaryExpression: {
      const binary = expr as ts.BinaryExpression;
      const op = binary.operatorToken.kind;
      if (op === ts.SyntaxKind.EqualsToken) return classify(binary.right, ctx, run);
      if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) return classify(binary.left, ctx, run) ?? classify(binary.right, ctx, run);
      if (op === ts.SyntaxKind.CommaToken) return classify(binary.right, ctx, run);
      return undefined;
    }
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.FunctionExpression:
      dependsOnContext(run);
      return { kind: 'function', decl: expr as ts.ArrowFunction | ts.FunctionExpression, ctx };
    case ts.SyntaxKind.ClassExpression:
      return { kind: 'class', decl: expr as ts.ClassExpression };
    case ts.SyntaxKind.ObjectLiteralExpression:
      dependsOnContext(run);
      return { kind: 'object', literal: expr as ts.ObjectLiteralExpression, ctx };
    default:
      return undefined;
  }
}

function classifyNew(expr: ts.NewExpression, ctx: CallContext, run: AnalysisRun): SdkValue | undefined {
  const callee = classify(expr.expression, ctx, run);
  const args = (expr.arguments ?? []).map((arg) => ({ expr: arg, ctx }));
  if (args.length > 0) dependsOnContext(run);
  if (callee?.kind === 'aws-export') return constructAwsExport(callee.module, callee.path, args, expr);
  if (callee?.kind === 'aws-module' && /^aws-sdk\/clients\//.test(callee.module)) return constructAwsExport(callee.module, [], args, expr);
  if (callee?.kind === 'class') return { kind: 'instance', classDecl: callee.decl, construction: { site: expr, args } };
  return undefined;
}

function classifyCall(expr: ts.CallExpression, ctx: CallContext, run: AnalysisRun): SdkValue | undefined {
  const specifier = moduleSpecifierOfCall(expr);
  if (specifier !== undefined) return moduleValue(specifier, expr.getSourceFile(), run);
  const callee = expr.expression;
  if (ts.isPropertyAccessExpression(callee)) {
    const base = classify(callee.expression, ctx, run);
    if (base?.kind === 'aws-export') {
      const inner = expr.arguments[0] ? classify(expr.arguments[0], ctx, run) : undefined;
      return documentClientFrom(base.module, base.path, callee.name.text, inner);
    }
    // `kinesis.putRecord.bind(kinesis)`: still that operation, called later.
    if (base?.kind === 'sdk-method' && callee.name.text === 'bind') return base;
  }
  // `promisify(s3.getObject.bind(s3))` (node:util): the same operation, returning a promise.
  const isPromisify = ts.isIdentifier(callee) ? callee.text === 'promisify' : ts.isPropertyAccessExpression(callee) && callee.name.text === 'promisify';
  if (isPromisify && expr.arguments[0]) {
    const promised = classify(expr.arguments[0], ctx, run);
    if (promised?.kind === 'sdk-method') return promised;
  }
  const target = classify(callee, ctx, run);
  if (target?.kind !== 'function') return undefined;
  dependsOnContext(run);
  // A factory: what the called function returns, read with this call's arguments.
  const calleeCtx = contextForCall(target.decl, expr, ctx, target.ctx, run);
  for (const returned of returnExpressions(target.decl)) {
    const value = classify(returned, calleeCtx, run);
    if (value) return value;
  }
  return undefined;
}

/** `require('x')`, `import('x')`: the specifier when it is a literal. */
export function moduleSpecifierOfCall(expr: ts.CallExpression): string | undefined {
  const first = expr.arguments[0];
  if (!first || !ts.isStringLiteralLike(first)) return undefined;
  if (expr.expression.kind === ts.SyntaxKind.ImportKeyword) return first.text;
  return ts.isIdentifier(expr.expression) && expr.expression.text === 'require' ? first.text : undefined;
}

export function moduleValue(specifier: string, fromFile: ts.SourceFile, run: AnalysisRun): SdkValue | undefined {
  if (isAwsPackage(specifier)) return { kind: 'aws-module', module: specifier };
  const file = run.moduleFile(specifier, fromFile);
  return file ? { kind: 'local-module', file } : undefined;
}

export { EMPTY_CONTEXT };
