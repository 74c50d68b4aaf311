import { ts } from 'ts-morph';
import type { Value } from '../model.js';
import type { EvaluationContext } from './evaluation-context.js';
import { evaluateArrayMap } from './array-map.js';
import { evaluateLocalCall } from './function-calls.js';
import { skipWrappers } from './process-env.js';
import { concatenate, mapKnownParts } from './string-values.js';
import { applyMethod, isKnownMethod, type MethodArgument } from './string-methods.js';
import { shortText, unknownAt } from './unknown-at.js';
import { alternativesOf, isObjectValue, isOneOf, isTemplate, isUnknown, oneOf } from './value-kinds.js';

/** A call: a global (`String`, `encodeURIComponent`, `JSON.stringify`), a string method, or a local function. */
export function evaluateCall(node: ts.CallExpression, context: EvaluationContext): Value {
  const makeUnknown = (why: string) => unknownAt(node, why);
  const callee = skipWrappers(node.expression);
  const globalName = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? shortText(callee) : '';
  const globalFunction = globalFunctions[globalName];
  if (globalFunction && isGlobal(callee, context)) {
    const [argument] = node.arguments;
    return argument ? globalFunction(context.evaluate(argument, context), makeUnknown) : makeUnknown(`${globalName}() without an argument`);
  }
  if (ts.isPropertyAccessExpression(callee) && isKnownMethod(callee.name.text)) {
    const receiver = context.evaluate(callee.expression, context);
    if (typeof receiver === 'string' || typeof receiver === 'number' || Array.isArray(receiver) || isTemplate(receiver) || isUnknown(receiver) || isOneOf(receiver)) {
      return applyMethod(receiver, callee.name.text, node.arguments.map((argument) => methodArgument(argument, context)), makeUnknown);
    }
  }
  const mapped = evaluateArrayMap(node, context);
  if (mapped !== undefined) return mapped;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  return evaluateLocalCall(node, name, context) ?? makeUnknown(`the result of ${shortText(node.expression)}()`);
}

type GlobalFunction = (argument: Value, makeUnknown: (why: string) => ReturnType<typeof unknownAt>) => Value;

const encoder = (encode: (text: string) => string): GlobalFunction => (argument, makeUnknown) => {
  const results = alternativesOf(argument).map((option) => mapKnownParts(option, encode) ?? makeUnknown('encoding a value that is not a string'));
  return oneOf(results, () => makeUnknown('too many possible values'));
};

const globalFunctions: Record<string, GlobalFunction> = {
  String: (argument, makeUnknown) => concatenate([argument], makeUnknown),
  encodeURIComponent: encoder(encodeURIComponent),
  encodeURI: encoder(encodeURI),
  'JSON.stringify': (argument, makeUnknown) =>
    isFullyKnown(argument) ? JSON.stringify(argument) : makeUnknown('JSON of a value that is not fully known'),
  // Config modules wrap their constants (`Object.freeze({ users: ... })`); the value is the argument.
  'Object.freeze': (argument) => argument,
  'Object.seal': (argument) => argument,
};

// `String`, `JSON` and friends are globals unless the code declares its own.
function isGlobal(callee: ts.Expression, context: EvaluationContext): boolean {
  const root = ts.isPropertyAccessExpression(callee) ? callee.expression : callee;
  const declarations = context.checker.getSymbolAtLocation(root)?.declarations ?? [];
  return declarations.every((declaration) => declaration.getSourceFile().isDeclarationFile);
}

function methodArgument(argument: ts.Expression, context: EvaluationContext): MethodArgument {
  const node = skipWrappers(argument);
  if (!ts.isRegularExpressionLiteral(node)) return context.evaluate(argument, context);
  const end = node.text.lastIndexOf('/');
  try {
    return new RegExp(node.text.slice(1, end), node.text.slice(end + 1));
  } catch {
    return unknownAt(node, 'a regular expression this Node.js cannot read');
  }
}

function isFullyKnown(value: Value): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(isFullyKnown);
  return isObjectValue(value) && !('$rest' in value) && Object.values(value).every(isFullyKnown);
}
