import { ts } from 'ts-morph';
import type { AnalysisRun } from './analysis-run.js';
import type { Body } from './sdk-values.js';

const parameterNames = new WeakMap<Body, Set<string>>();

/** Whether a node names a parameter of `body` (or `this`), so what it means depends on the caller. */
export function referencesParameterOf(node: ts.CallExpression | ts.NewExpression, body: Body, run: AnalysisRun): boolean {
  if (ts.isSourceFile(body) || ts.isClassLike(body)) return false;
  const names = namesOf(body);
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found) return;
    if (child.kind === ts.SyntaxKind.ThisKeyword) found = true;
    // Only identifiers spelled like a parameter are resolved: most are not, and resolving costs.
    else if (ts.isIdentifier(child) && names.has(child.text)) {
      const decl = run.checker.getSymbolAtLocation(child)?.valueDeclaration;
      found = decl !== undefined && parameterOf(decl) !== undefined && parameterOf(decl)!.parent === body;
    }
    if (!found) ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

function namesOf(body: ts.SignatureDeclaration): Set<string> {
  let names = parameterNames.get(body);
  if (!names) {
    names = new Set();
    const collect = (name: ts.BindingName): void => {
      if (ts.isIdentifier(name)) names!.add(name.text);
      else for (const element of name.elements) if (!ts.isOmittedExpression(element)) collect(element.name);
    };
    for (const param of body.parameters) collect(param.name);
    parameterNames.set(body, names);
  }
  return names;
}

function parameterOf(decl: ts.Node): ts.ParameterDeclaration | undefined {
  let node: ts.Node = decl;
  while (ts.isBindingElement(node) || ts.isObjectBindingPattern(node) || ts.isArrayBindingPattern(node)) node = node.parent;
  return ts.isParameter(node) ? node : undefined;
}
