import { ts } from 'ts-morph';
import { thisFieldAssignment } from '../syntax.js';

/** A `new X(...)` or a static `X.fromY(...)` call: where a construct comes from. */
export type Creation = ts.NewExpression | ts.CallExpression;

const MAX_HOPS = 20;

/**
 * The expression that created what `expression` refers to, following `const`s, class fields
 * (`this.table`, `dataStack.table`) and their assignments in the constructor. Undefined when the
 * value comes from somewhere the code does not show (a parameter, a props field, a function result).
 */
export function creationOf(expression: ts.Expression, checker: ts.TypeChecker, hops = 0): Creation | undefined {
  if (hops > MAX_HOPS) return undefined;
  const node = skipWrappers(expression);
  if (ts.isNewExpression(node)) return node;
  if (ts.isCallExpression(node)) return ts.isPropertyAccessExpression(node.expression) ? node : undefined;
  const declarations = ts.isIdentifier(node)
    ? checker.getSymbolAtLocation(node)?.declarations
    : ts.isPropertyAccessExpression(node)
      ? checker.getSymbolAtLocation(node.name)?.declarations
      : undefined;
  for (const declaration of declarations ?? []) {
    const source = assignedExpression(declaration);
    const found = source && creationOf(source, checker, hops + 1);
    if (found) return found;
  }
  return undefined;
}

function assignedExpression(declaration: ts.Declaration): ts.Expression | undefined {
  if (ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name)) return declaration.initializer;
  if (ts.isPropertyDeclaration(declaration)) return declaration.initializer ?? assignmentInConstructor(declaration);
  if (ts.isPropertyAssignment(declaration)) return declaration.initializer;
  if (ts.isShorthandPropertyAssignment(declaration)) return declaration.name;
  return undefined;
}

/** `this.name = <expression>` in the constructor of the class declaring the field. */
function assignmentInConstructor(field: ts.PropertyDeclaration): ts.Expression | undefined {
  const name = field.name.getText();
  const constructor = field.parent.members.find(ts.isConstructorDeclaration);
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (found || (ts.isFunctionLike(node) && node !== constructor && !ts.isArrowFunction(node))) return;
    const assigned = thisFieldAssignment(node, name);
    if (assigned) {
      found = assigned;
      return;
    }
    ts.forEachChild(node, visit);
  };
  if (constructor?.body) ts.forEachChild(constructor.body, visit);
  return found;
}

export function skipWrappers(expression: ts.Expression): ts.Expression {
  let node = expression;
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isSatisfiesExpression(node)) {
    node = node.expression;
  }
  return node;
}
