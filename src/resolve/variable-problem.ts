import { ts } from 'ts-morph';
import type { Unknown } from '../model.js';
import { shortText, unknownAt } from './unknown-at.js';

/**
 * Why a variable's initializer does not tell its value, or undefined when it does: a `const`, or
 * a `let`/`var` never assigned again, with an initializer, outside a loop header.
 */
export function variableProblem(declaration: ts.VariableDeclaration, name: ts.BindingName): Unknown | undefined {
  const list = declaration.parent;
  const text = shortText(name);
  if (ts.isForOfStatement(list.parent) || ts.isForInStatement(list.parent)) {
    return unknownAt(name, `${text} is a loop variable`);
  }
  const isConst = (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) !== 0;
  if (!isConst && ts.isIdentifier(name)) {
    const reassignment = findReassignment(name);
    if (reassignment) return unknownAt(reassignment, `${text} is assigned more than once`);
  }
  if (!declaration.initializer) return unknownAt(name, `${text} has no initial value`);
  return undefined;
}

const reassignments = new WeakMap<ts.Identifier, ts.Node | null>();

/**
 * A place where a `let`/`var` variable is assigned again, or undefined when it never is. Only the file is
 * searched (importers cannot assign an import). Any assignment to the same name counts, even of a
 * shadowing variable: that costs a wildcard at worst, never a wrong value, and needs no checker.
 */
function findReassignment(name: ts.Identifier): ts.Node | undefined {
  const cached = reassignments.get(name);
  if (cached !== undefined) return cached ?? undefined;
  const found = search(name.getSourceFile(), name.text, name);
  reassignments.set(name, found ?? null);
  return found;
}

// An explicit stack, not recursion: generated files can nest deeper than the call stack allows.
function search(root: ts.Node, text: string, declarationName: ts.Identifier): ts.Node | undefined {
  const pending: ts.Node[] = [root];
  while (pending.length > 0) {
    const node = pending.pop() as ts.Node;
    if (ts.isIdentifier(node)) {
      if (node !== declarationName && node.text === text && isAssignmentTarget(node)) return node;
    } else {
      ts.forEachChild(node, (child) => void pending.push(child));
    }
  }
  return undefined;
}

/** Whether an identifier is written: assigned (also by destructuring), incremented, or a `for...of` target. */
export function isAssignmentTarget(identifier: ts.Identifier): boolean {
  let child: ts.Node = identifier;
  let parent = identifier.parent;
  // Climb out of destructuring assignment targets: `({ a, b: [c] } = value)`.
  while (
    ts.isParenthesizedExpression(parent) ||
    ts.isArrayLiteralExpression(parent) ||
    ts.isObjectLiteralExpression(parent) ||
    ts.isSpreadElement(parent) ||
    ts.isSpreadAssignment(parent) ||
    ts.isShorthandPropertyAssignment(parent) ||
    (ts.isPropertyAssignment(parent) && parent.initializer === child)
  ) {
    child = parent;
    parent = parent.parent;
  }
  if (ts.isBinaryExpression(parent)) {
    const operator = parent.operatorToken.kind;
    const assigns = operator >= ts.SyntaxKind.FirstAssignment && operator <= ts.SyntaxKind.LastAssignment;
    return assigns && parent.left === child;
  }
  if (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) {
    return parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken;
  }
  return (ts.isForOfStatement(parent) || ts.isForInStatement(parent)) && parent.initializer === child;
}
