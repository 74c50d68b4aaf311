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
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isTypeAssertionExpression(expr) || ts.isAwaitExpression(expr)) {
    return classify(expr.expression, ctx, run);
  }
  if (ts.isIdentifier(expr)) {
    const symbol = ts.isShorthandPropertyAssignment(expr.parent) && expr.parent.name === expr ? run.checker.getShorthandAssignmentValueSymbol(expr.parent) : run.checker.getSymbolAtLocation(expr);
    return symbol ? classifySymbol(symbol, ctx, run) : undefined;
  }
  if (expr.kind === ts.SyntaxKind.ThisKeyword) {
    dependsOnContext(run);
    if (ctx.thisValue) return ctx.thisValue;
    const classDecl = enclosingClass(expr);
    return classDecl ? { kind: 'instance', classDecl } : undefined;
  }
  if (ts.isPropertyAccessExpression(expr)) return memberOf(classify(expr.expression, ctx, run), expr.name.text, ctx, run);
  if (ts.isElementAccessExpression(expr) && ts.isStringLiteralLike(expr.argumentExpression)) {
    return memberOf(classify(expr.expression, ctx, run), expr.argumentExpression.text, ctx, run);
  }
  if (ts.isNewExpression(expr)) return classifyNew(expr, ctx, run);
  if (ts.isCallExpression(expr)) return classifyCall(expr, ctx, run);
  if (ts.isConditionalExpression(expr)) return classify(expr.whenTrue, ctx, run) ?? classify(expr.whenFalse, ctx, run);
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsToken) return classify(expr.right, ctx, run);
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) return classify(expr.left, ctx, run) ?? classify(expr.right, ctx, run);
    if (op === ts.SyntaxKind.CommaToken) return classify(expr.right, ctx, run);
    return undefined;
  }
  if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) {
    dependsOnContext(run);
    return { kind: 'function', decl: expr, ctx };
  }
  if (ts.isClassExpression(expr)) return { kind: 'class', decl: expr };
  if (ts.isObjectLiteralExpression(expr)) {
    dependsOnContext(run);
    return { kind: 'object', literal: expr, ctx };
  }
  return undefined;
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
