import { ts } from 'ts-morph';
import { isDeclared, isValuePosition } from './declaration-position.js';
import type { Body } from './sdk-values.js';
import { isFunctionNode } from './syntax.js';

/** A call or `new` that runs with the body, or a name handed on from it (which may be called later). */
export type BodyNode = ts.CallExpression | ts.NewExpression | ts.Identifier | ts.PropertyAccessExpression;

// Bodies are read once per context they are reached in; which nodes they hold never changes.
const cache = new WeakMap<Body, readonly BodyNode[]>();

/**
 * The nodes a summary of `body` looks at, in source (pre-)order: its calls and `new`s, and names in
 * positions where they are handed on. Functions, classes and objects declared inside run only when
 * reached on their own, so their contents are left out (object literals are still read).
 */
export function bodyNodes(body: Body): readonly BodyNode[] {
  let nodes = cache.get(body);
  if (!nodes) cache.set(body, (nodes = collect(body)));
  return nodes;
}

function collect(body: Body): BodyNode[] {
  const found: BodyNode[] = [];
  const visit = (node: ts.Node): void => {
    switch (node.kind) {
      case ts.SyntaxKind.CallExpression:
      case ts.SyntaxKind.NewExpression:
        found.push(node as ts.CallExpression | ts.NewExpression);
        break;
      case ts.SyntaxKind.Identifier:
      case ts.SyntaxKind.PropertyAccessExpression:
        if (isValuePosition(node as ts.Identifier | ts.PropertyAccessExpression)) found.push(node as ts.Identifier | ts.PropertyAccessExpression);
        break;
      case ts.SyntaxKind.ClassDeclaration:
      case ts.SyntaxKind.ClassExpression:
        if (isDeclared(node)) return;
        break;
      default:
        if (isFunctionNode(node) && isDeclared(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  if (ts.isSourceFile(body)) body.statements.forEach(visit);
  else if (ts.isClassLike(body)) {
    for (const member of body.members) {
      if (ts.isPropertyDeclaration(member) && member.initializer && !ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) visit(member.initializer);
      if (ts.isConstructorDeclaration(member) && member.body) ts.forEachChild(member.body, visit);
    }
  } else {
    const functionBody = (body as ts.FunctionLikeDeclaration).body;
    if (functionBody) ts.isBlock(functionBody) ? ts.forEachChild(functionBody, visit) : visit(functionBody);
  }
  return found;
}
