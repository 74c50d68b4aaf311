import { ts } from 'ts-morph';
import { locationOf } from '../../resolve/unknown-at.js';
import { cdkClassName } from './cdk-class-name.js';
import { createCdkEvaluator, type CdkEvaluationHooks } from './cdk-evaluator.js';
import type { ConstructDescription } from './cdk-source-model.js';
import { creationOf, skipWrappers, type Creation } from './construct-creation.js';

/** The constructs of an app and an evaluator that knows them; one per app. */
export interface ConstructCatalog {
  evaluate(expression: ts.Expression): ReturnType<ReturnType<typeof createCdkEvaluator>>;
  describe(creation: Creation): ConstructDescription | undefined;
  /** Every aws-cdk-lib construct created or imported in the files, in source order. */
  creations: Creation[];
  checker: ts.TypeChecker;
}

export function createConstructCatalog(files: ts.SourceFile[], checker: ts.TypeChecker, hooks: CdkEvaluationHooks): ConstructCatalog {
  const { creations, calledMethods } = collect(files, checker);
  const descriptions = new Map<Creation, ConstructDescription | undefined>();
  const describing = new Set<Creation>();
  const describe = (creation: Creation): ConstructDescription | undefined => {
    if (descriptions.has(creation)) return descriptions.get(creation);
    // A name that depends on itself (through another construct) is left unknown, not looped on.
    if (describing.has(creation)) return undefined;
    describing.add(creation);
    try {
      const description = describeCreation(creation, checker, evaluate, calledMethods.get(creation) ?? new Set());
      descriptions.set(creation, description);
      return description;
    } finally {
      describing.delete(creation);
    }
  };
  const evaluate = createCdkEvaluator(checker, hooks, describe);
  return { evaluate, describe, creations, checker };
}

function collect(files: ts.SourceFile[], checker: ts.TypeChecker): { creations: Creation[]; calledMethods: Map<Creation, Set<string>> } {
  const creations: Creation[] = [];
  const calledMethods = new Map<Creation, Set<string>>();
  const visit = (node: ts.Node): void => {
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && constructType(node, checker)) creations.push(node);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(skipWrappers(node.expression))) {
      const callee = skipWrappers(node.expression) as ts.PropertyAccessExpression;
      const receiver = creationOf(callee.expression, checker);
      if (receiver) {
        const methods = calledMethods.get(receiver) ?? new Set<string>();
        methods.add(callee.name.text);
        calledMethods.set(receiver, methods);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of files) visit(file);
  return { creations, calledMethods };
}

/** `aws-dynamodb.Table` for `new dynamodb.Table(...)` and `dynamodb.Table.fromTableName(...)`. */
export function constructType(creation: Creation, checker: ts.TypeChecker): string | undefined {
  if (ts.isNewExpression(creation)) return cdkClassName(creation.expression, checker);
  const callee = skipWrappers(creation.expression);
  if (!ts.isPropertyAccessExpression(callee) || !/^from[A-Z]/.test(callee.name.text)) return undefined;
  return cdkClassName(callee.expression, checker);
}

function describeCreation(
  creation: Creation,
  checker: ts.TypeChecker,
  evaluate: (expression: ts.Expression) => ReturnType<ConstructCatalog['evaluate']>,
  calledMethods: Set<string>,
): ConstructDescription | undefined {
  const type = constructType(creation, checker);
  if (!type) return undefined;
  const [scope, idArgument] = creation.arguments ?? [];
  const id = idArgument ? evaluate(idArgument) : undefined;
  const names: ConstructDescription['names'] = {};
  const props: string[] = [];
  const literal = ts.isNewExpression(creation) ? propsLiteral(creation, checker) : undefined;
  for (const property of literal?.properties ?? []) {
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
    const name = property.name.getText();
    props.push(name);
    if (name.endsWith('Name')) names[name] = evaluate(ts.isPropertyAssignment(property) ? property.initializer : property.name);
  }
  const description: ConstructDescription = {
    type,
    id: typeof id === 'string' ? id : '*',
    inStackScope: scope !== undefined && isStackScope(scope, checker),
    names,
    props,
    calledMethods: [...calledMethods].sort(),
    at: locationOf(creation),
  };
  if (ts.isCallExpression(creation)) {
    const last = creation.arguments[creation.arguments.length - 1];
    description.imported = { method: (skipWrappers(creation.expression) as ts.PropertyAccessExpression).name.text, value: last ? evaluate(last) : { $unknown: 'no argument' } };
  }
  return description;
}

/** The object literal given as a construct's props, also through a `const`. */
export function propsLiteral(creation: ts.NewExpression, checker: ts.TypeChecker): ts.ObjectLiteralExpression | undefined {
  let props = creation.arguments?.[2];
  for (let hops = 0; props && hops < 5; hops += 1) {
    props = skipWrappers(props);
    if (ts.isObjectLiteralExpression(props)) return props;
    if (!ts.isIdentifier(props)) return undefined;
    const declaration = checker.getSymbolAtLocation(props)?.valueDeclaration;
    props = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  }
  return undefined;
}

/** `this` inside a Stack subclass, or a value created as a Stack (`new cdk.Stack(app, 'S')`). */
function isStackScope(scope: ts.Expression, checker: ts.TypeChecker): boolean {
  const node = skipWrappers(scope);
  if (node.kind === ts.SyntaxKind.ThisKeyword) {
    let current: ts.Node | undefined = node.parent;
    while (current && !ts.isClassLike(current)) current = current.parent;
    return current !== undefined && extendsStack(current, checker, 0);
  }
  const creation = creationOf(node, checker);
  if (!creation || !ts.isNewExpression(creation)) return false;
  if (cdkClassName(creation.expression, checker) === 'core.Stack') return true;
  const declaration = checker.getSymbolAtLocation(creation.expression)?.declarations?.[0];
  const target = declaration && ts.isImportSpecifier(declaration) ? checker.getAliasedSymbol(checker.getSymbolAtLocation(creation.expression) as ts.Symbol).declarations?.[0] : declaration;
  return target !== undefined && ts.isClassLike(target) && extendsStack(target, checker, 0);
}

function extendsStack(declaration: ts.ClassLikeDeclaration, checker: ts.TypeChecker, depth: number): boolean {
  const base = declaration.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (!base || depth > 10) return false;
  if (cdkClassName(base, checker) === 'core.Stack') return true;
  let symbol = checker.getSymbolAtLocation(base);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const parent = symbol?.declarations?.[0];
  return parent !== undefined && ts.isClassLike(parent) && extendsStack(parent, checker, depth + 1);
}
