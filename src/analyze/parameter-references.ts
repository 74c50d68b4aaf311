import { ts } from 'ts-morph';
import type { AnalysisRun } from './analysis-run.js';
import type { Body } from './sdk-values.js';
import { isFunctionNode } from './syntax.js';

/** Per body: the functions whose parameters its code can read (itself and those it is nested in), and the names that may carry them. */
const scopes = new WeakMap<Body, { functions: Set<ts.Node>; names: Set<string> }>();

/**
 * Whether a node reads a parameter of `body` (or `this`), so what it means depends on the caller:
 * directly, through a local variable made from one (`const target = { Key: key }`), or, in a
 * closure, a parameter of a function it is nested in. Locals are matched by name, which can only
 * make a body be read again for its callers, never change what it is found to do.
 */
export function referencesParameterOf(node: ts.CallExpression | ts.NewExpression, body: Body, run: AnalysisRun): boolean {
  if (ts.isSourceFile(body) || ts.isClassLike(body)) return false;
  const scope = scopeOf(body);
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found) return;
    if (child.kind === ts.SyntaxKind.ThisKeyword) found = true;
    // Only identifiers spelled like a parameter or a local made from one are resolved: most are not, and resolving costs.
    else if (ts.isIdentifier(child) && scope.names.has(child.text)) {
      const decl = run.checker.getSymbolAtLocation(child)?.valueDeclaration;
      found = decl !== undefined && scope.functions.has(ownerOf(decl) ?? decl);
    }
    if (!found) ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

/** Whether `inner` is declared inside `outer` (a closure of it). */
export function isNestedIn(inner: ts.Node, outer: Body): boolean {
  return inner !== outer && inner.getSourceFile() === outer.getSourceFile() && inner.pos >= outer.pos && inner.end <= outer.end;
}

function scopeOf(body: ts.SignatureDeclaration): { functions: Set<ts.Node>; names: Set<string> } {
  let scope = scopes.get(body);
  if (scope) return scope;
  scope = { functions: new Set(), names: new Set() };
  for (let current: ts.Node | undefined = body; current; current = current.parent) {
    if (current !== body && !isFunctionNode(current)) continue;
    const fn = current as ts.SignatureDeclaration;
    scope.functions.add(fn);
    for (const param of fn.parameters) addNames(param.name, scope.names);
    addDerivedLocals(fn, scope.names);
  }
  scopes.set(body, scope);
  return scope;
}

// Local variables whose initializer names a parameter or such a local, in a few passes (locals
// made from later ones are rare).
function addDerivedLocals(fn: ts.SignatureDeclaration, names: Set<string>): void {
  const declarations: ts.VariableDeclaration[] = [];
  const gather = (node: ts.Node): void => {
    if (isFunctionNode(node) || ts.isClassLike(node)) return;
    if (ts.isVariableDeclaration(node) && node.initializer) declarations.push(node);
    ts.forEachChild(node, gather);
  };
  const fnBody = (fn as ts.FunctionLikeDeclaration).body;
  if (fnBody) ts.forEachChild(fnBody, gather);
  for (let pass = 0; pass < 3; pass++) {
    let added = false;
    for (const declaration of declarations) {
      if (!mentionsAny(declaration.initializer!, names)) continue;
      const before = names.size;
      addNames(declaration.name, names);
      added ||= names.size !== before;
    }
    if (!added) return;
  }
}

/** Every name a parameter or variable declares, through destructuring patterns. */
function addNames(name: ts.BindingName, names: Set<string>): void {
  if (ts.isIdentifier(name)) names.add(name.text);
  else for (const element of name.elements) if (!ts.isOmittedExpression(element)) addNames(element.name, names);
}

function mentionsAny(node: ts.Node, names: Set<string>): boolean {
  if (ts.isIdentifier(node)) return names.has(node.text);
  return ts.forEachChild(node, (child) => mentionsAny(child, names) || undefined) ?? false;
}

/** The function a parameter or a local variable belongs to. */
function ownerOf(decl: ts.Node): ts.Node | undefined {
  let node: ts.Node | undefined = decl;
  while (node && (ts.isBindingElement(node) || ts.isObjectBindingPattern(node) || ts.isArrayBindingPattern(node))) node = node.parent;
  if (node && ts.isParameter(node)) return node.parent;
  if (!node || !ts.isVariableDeclaration(node)) return undefined;
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}
