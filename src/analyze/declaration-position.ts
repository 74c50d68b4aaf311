import { ts } from 'ts-morph';
import { isCommonJsExportTarget, isFunctionNode } from './syntax.js';

/**
 * Whether a function or object literal is being declared (stored in a variable, a field, an export,
 * an object that is itself declared) rather than passed along or run where it stands. Declared
 * functions run only when something calls or references them; the others run with the code around
 * them (callbacks, middleware options).
 */
export function isDeclared(node: ts.Node): boolean {
  if (ts.isFunctionDeclaration(node) || ts.isClassLike(node) || ts.isConstructorDeclaration(node)) return true;
  if (ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) {
    return ts.isClassLike(node.parent) || (ts.isObjectLiteralExpression(node.parent) && isDeclared(node.parent));
  }
  if (!isFunctionNode(node) && !ts.isObjectLiteralExpression(node)) return false;
  let parent = node.parent;
  while (parent && (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent))) parent = parent.parent;
  if (!parent) return false;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isExportAssignment(parent)) return true;
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) return true;
  if (ts.isPropertyAssignment(parent) && ts.isObjectLiteralExpression(parent.parent)) return isDeclared(parent.parent);
  return false;
}

/** An object literal assigned to `module.exports`: its values are exports, not references. */
export function isCommonJsExportObject(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    ts.isObjectLiteralExpression(node) &&
    !!parent &&
    ts.isBinaryExpression(parent) &&
    parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    isCommonJsExportTarget(parent.left)
  );
}

/** Positions where a function named by an identifier is handed on (and so may be called later). */
export function isValuePosition(node: ts.Expression): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== node) return true;
  if (ts.isArrayLiteralExpression(parent) || ts.isReturnStatement(parent) || ts.isExportAssignment(parent) || ts.isSpreadElement(parent)) return true;
  if (ts.isConditionalExpression(parent)) return parent.condition !== node;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) return !isCommonJsExportObject(parent.parent);
  if (ts.isShorthandPropertyAssignment(parent)) return !isCommonJsExportObject(parent.parent);
  return false;
}
