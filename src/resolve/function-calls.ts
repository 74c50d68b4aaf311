import { ts } from 'ts-morph';
import type { Value } from '../model.js';
import { bindPattern } from './destructuring.js';
import { resolveAlias } from './evaluate-symbol.js';
import { LIMITS, NestedBindings, truncated, type EvaluationContext } from './evaluation-context.js';
import { skipWrappers } from './process-env.js';
import { isUndefinedUnknown, shortText, undefinedAt, unknownAt } from './unknown-at.js';
import { oneOf } from './value-kinds.js';

type FunctionNode = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;

/**
 * A call of a function declared in the user's code: its parameters are bound to the arguments and
 * each `return <expr>` of its body (or an arrow's expression body) is evaluated; several returns
 * give one of their values. Locals the returns read are followed like any other declaration, so a
 * local reassigned on some path is unknown. Undefined when `name` does not name such a function.
 */
export function evaluateLocalCall(node: ts.CallExpression, name: ts.Node, context: EvaluationContext): Value | undefined {
  const fn = localFunction(name, context.checker);
  if (!fn) return undefined;
  const returned = returnedExpressions(fn);
  if (returned.length === 0) return unknownAt(node, `the result of ${shortText(node.expression)}(), which returns no value`);
  if (context.state.callDepth >= LIMITS.callDepth) return truncated(node, 'calls nested too deeply to follow', context);
  const bindings = new NestedBindings(context.bindings);
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
    const values = returned.map((item) => (ts.isReturnStatement(item) ? undefinedAt(item, 'a return without a value') : context.evaluate(item, inner)));
    return oneOf(values, () => unknownAt(node, `the result of ${shortText(node.expression)}(), which has too many possible values`));
  } finally {
    context.state.callDepth -= 1;
  }
}

function localFunction(name: ts.Node, checker: ts.TypeChecker): FunctionNode | undefined {
  if (isMemberOfUndeclared(name, checker)) return undefined;
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

/**
 * `JSON.parse`, `new Date().toISOString`: a member of a name no code of the program declares (a
 * global: the program has no standard library) is no local function. Asking the checker would have
 * it type the receiver, which costs more than the rest of the evaluation.
 */
function isMemberOfUndeclared(name: ts.Node, checker: ts.TypeChecker): boolean {
  const access = name.parent;
  if (!access || !ts.isPropertyAccessExpression(access) || access.name !== name) return false;
  let receiver = skipWrappers(access.expression);
  if (ts.isNewExpression(receiver)) receiver = skipWrappers(receiver.expression);
  return ts.isIdentifier(receiver) && checker.getSymbolAtLocation(receiver) === undefined;
}

// `const f = () => ...` and `{ f: () => ... }`; a `let` may be given another function later.
function initializerOf(declaration: ts.VariableDeclaration | ts.PropertyAssignment): ts.Expression | undefined {
  const isConst = !ts.isVariableDeclaration(declaration) || (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) !== 0;
  return isConst && declaration.initializer ? skipWrappers(declaration.initializer) : undefined;
}

// Returns of nested functions and classes belong to them; a `return;` without a value stands for itself.
function returnedExpressions(fn: FunctionNode): Array<ts.Expression | ts.ReturnStatement> {
  const body = fn.body as ts.ConciseBody;
  if (!ts.isBlock(body)) return [body];
  const found: Array<ts.Expression | ts.ReturnStatement> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isReturnStatement(node)) found.push(node.expression ?? node);
    else ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}
