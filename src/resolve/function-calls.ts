import { ts } from 'ts-morph';
import type { Value } from '../model.js';
import { bindPattern } from './destructuring.js';
import { resolveAlias } from './evaluate-symbol.js';
import { LIMITS, truncated, type EvaluationContext } from './evaluation-context.js';
import { skipWrappers } from './process-env.js';
import { isUndefinedUnknown, shortText, undefinedAt, unknownAt } from './unknown-at.js';

type FunctionNode = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;

/**
 * A call of a function declared in the user's code whose body is one `return <expr>` (or an arrow
 * with an expression body): its parameters are bound to the arguments and the expression is
 * evaluated. Undefined when `name` does not name such a function.
 */
export function evaluateLocalCall(node: ts.CallExpression, name: ts.Node, context: EvaluationContext): Value | undefined {
  const fn = localFunction(name, context.checker);
  if (!fn) return undefined;
  const body = returnedExpression(fn);
  if (!body) return unknownAt(node, `the result of ${shortText(node.expression)}(), which is more than one return`);
  if (context.state.callDepth >= LIMITS.callDepth) return truncated(node, 'calls nested too deeply to follow', context);
  const bindings = new Map(context.bindings);
  const inner: EvaluationContext = { ...context, bindings };
  const parameters = fn.parameters.filter((parameter) => !(ts.isIdentifier(parameter.name) && parameter.name.text === 'this'));
  parameters.forEach((parameter, index) => {
    const argument = node.arguments[index];
    let value: Value;
    if (parameter.dotDotDotToken) value = node.arguments.slice(index).map((rest) => context.evaluate(rest, context));
    else value = argument ? context.evaluate(argument, context) : undefinedAt(node, `${shortText(parameter.name)} is not passed`);
    if (parameter.initializer && isUndefinedUnknown(value)) value = context.evaluate(parameter.initializer, inner);
    bindPattern(parameter.name, value, inner, bindings);
  });
  context.state.callDepth += 1;
  try {
    return context.evaluate(body, inner);
  } finally {
    context.state.callDepth -= 1;
  }
}

function localFunction(name: ts.Node, checker: ts.TypeChecker): FunctionNode | undefined {
  const symbol = checker.getSymbolAtLocation(name);
  if (!symbol) return undefined;
  const target = resolveAlias(symbol, checker);
  const declaration = target.valueDeclaration ?? target.declarations?.[0];
  if (!declaration || declaration.getSourceFile().isDeclarationFile) return undefined;
  const candidate = ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration) ? initializerOf(declaration) : declaration;
  const isFunction =
    !!candidate &&
    (ts.isFunctionDeclaration(candidate) || ts.isFunctionExpression(candidate) || ts.isArrowFunction(candidate) || ts.isMethodDeclaration(candidate));
  return isFunction && candidate.body && !candidate.asteriskToken ? candidate : undefined;
}

// `const f = () => ...` and `{ f: () => ... }`; a `let` may be given another function later.
function initializerOf(declaration: ts.VariableDeclaration | ts.PropertyAssignment): ts.Expression | undefined {
  const isConst = !ts.isVariableDeclaration(declaration) || (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) !== 0;
  return isConst && declaration.initializer ? skipWrappers(declaration.initializer) : undefined;
}

function returnedExpression(fn: FunctionNode): ts.Expression | undefined {
  const body = fn.body as ts.ConciseBody;
  if (!ts.isBlock(body)) return body;
  const [statement] = body.statements;
  return body.statements.length === 1 && statement && ts.isReturnStatement(statement) ? statement.expression : undefined;
}
