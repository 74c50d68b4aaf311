import { ts } from 'ts-morph';

export type FunctionBody = ts.SignatureDeclaration;

/** A node that runs its body only when called. */
export function isFunctionNode(node: ts.Node): node is ts.FunctionLikeDeclaration {
  // One read of `kind` rather than one per `ts.isX`: this runs on every node of every body, whose
  // many shapes make each read slow.
  switch (node.kind) {
    case ts.SyntaxKind.FunctionDeclaration:
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.MethodDeclaration:
    case ts.SyntaxKind.Constructor:
    case ts.SyntaxKind.GetAccessor:
    case ts.SyntaxKind.SetAccessor:
      return true;
    default:
      return false;
  }
}

/** The expressions a function may return (an arrow's expression body, or each `return x`). */
export function returnExpressions(decl: ts.SignatureDeclaration): ts.Expression[] {
  const body = (decl as ts.FunctionLikeDeclaration).body;
  if (!body) return [];
  if (!ts.isBlock(body)) return [body];
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionNode(node) || ts.isClassLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) found.push(node.expression);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

/** The innermost function or class that contains a node, or undefined at a file's top level. */
export function enclosingFunction(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}

/** `module.exports`, `exports`, `module.exports.x`, `exports.x`: where CommonJS exports are written. */
export function isCommonJsExportTarget(expr: ts.Expression): boolean {
  if (ts.isIdentifier(expr)) return expr.text === 'exports';
  if (!ts.isPropertyAccessExpression(expr) && !ts.isElementAccessExpression(expr)) return false;
  const object = expr.expression;
  if (ts.isIdentifier(object) && object.text === 'module' && ts.isPropertyAccessExpression(expr) && expr.name.text === 'exports') return true;
  return isCommonJsExportTarget(object);
}

/** Node's 1-based line and column. */
export function lineAndColumn(node: ts.Node): { line: number; column: number } {
  const sourceFile = node.getSourceFile();
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
  return { line: line + 1, column: character + 1 };
}

/** A file's module symbol; CommonJS files (`exports.x = ...`) have one too, which the checker's lookup misses. */
export function moduleSymbolOf(file: ts.SourceFile, checker: ts.TypeChecker): ts.Symbol | undefined {
  const symbol = checker.getSymbolAtLocation(file) ?? (file as ts.SourceFile & { symbol?: ts.Symbol }).symbol;
  return symbol ? checker.getMergedSymbol(symbol) : undefined;
}

/** `this.<name> = value`: the assigned value, else undefined. */
export function thisFieldAssignment(node: ts.Node, name: string): ts.Expression | undefined {
  if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  const target = node.left;
  const isField = ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword && target.name.text === name;
  return isField ? node.right : undefined;
}
