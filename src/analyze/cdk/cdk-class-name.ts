import { ts } from 'ts-morph';

/**
 * The aws-cdk-lib class an expression names, as `<module>.<Class>` (`aws-dynamodb.Table`,
 * `aws-lambda-nodejs.NodejsFunction`, `core.Stack`), however it was imported:
 * `import * as dynamodb from 'aws-cdk-lib/aws-dynamodb'`, `import { Table } from ...`,
 * `import { aws_dynamodb as dynamodb } from 'aws-cdk-lib'`, `cdk.aws_dynamodb.Table`, `require(...)`.
 * aws-cdk-lib is not part of the project, so the import declarations are read, not its types.
 */
export function cdkClassName(expression: ts.Expression, checker: ts.TypeChecker): string | undefined {
  const chain = nameChain(expression);
  const root = chain?.[0];
  if (!chain || !root) return undefined;
  const imported = importOf(root, checker);
  if (!imported) return undefined;
  const names = [...imported.names, ...chain.slice(1).map((part) => part.text)];
  return qualify(imported.module, names);
}

/** The module and the dotted names inside it that an expression refers to (`path.join` -> `path`, [`join`]). */
export function importedName(expression: ts.Expression, checker: ts.TypeChecker): { module: string; names: string[] } | undefined {
  const chain = nameChain(expression);
  const root = chain?.[0];
  const imported = root && importOf(root, checker);
  return chain && imported ? { module: imported.module, names: [...imported.names, ...chain.slice(1).map((part) => part.text)] } : undefined;
}

function nameChain(expression: ts.Expression): ts.Identifier[] | undefined {
  if (ts.isIdentifier(expression)) return [expression];
  if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.name)) {
    const left = nameChain(expression.expression);
    return left && [...left, expression.name];
  }
  if (ts.isParenthesizedExpression(expression) || ts.isNonNullExpression(expression)) return nameChain(expression.expression);
  return undefined;
}

/** The module a local name comes from and the names it stands for inside it (none for a namespace). */
function importOf(identifier: ts.Identifier, checker: ts.TypeChecker): { module: string; names: string[] } | undefined {
  const declaration = checker.getSymbolAtLocation(identifier)?.declarations?.[0];
  if (!declaration) return undefined;
  if (ts.isNamespaceImport(declaration) || ts.isImportClause(declaration)) {
    const module = moduleOfImport(declaration);
    return module === undefined ? undefined : { module, names: [] };
  }
  if (ts.isImportSpecifier(declaration)) {
    const module = moduleOfImport(declaration);
    const name = (declaration.propertyName ?? declaration.name).text;
    return module === undefined ? undefined : { module, names: [name] };
  }
  if (ts.isImportEqualsDeclaration(declaration) && ts.isExternalModuleReference(declaration.moduleReference)) {
    const reference = declaration.moduleReference.expression;
    return ts.isStringLiteral(reference) ? { module: reference.text, names: [] } : undefined;
  }
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    const module = requiredModule(declaration.initializer);
    return module === undefined ? undefined : { module, names: [] };
  }
  if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent)) {
    const holder = declaration.parent.parent;
    const module = ts.isVariableDeclaration(holder) && holder.initializer ? requiredModule(holder.initializer) : undefined;
    const name = (declaration.propertyName ?? declaration.name).getText();
    return module === undefined ? undefined : { module, names: [name] };
  }
  return undefined;
}

function moduleOfImport(node: ts.Node): string | undefined {
  let current: ts.Node | undefined = node;
  while (current && !ts.isImportDeclaration(current)) current = current.parent;
  return current && ts.isStringLiteral(current.moduleSpecifier) ? current.moduleSpecifier.text : undefined;
}

function requiredModule(expression: ts.Expression): string | undefined {
  if (!ts.isCallExpression(expression) || !ts.isIdentifier(expression.expression) || expression.expression.text !== 'require') return undefined;
  const [specifier] = expression.arguments;
  return specifier && ts.isStringLiteral(specifier) ? specifier.text : undefined;
}

// aws-cdk-lib exposes each service both as a subpath (`aws-cdk-lib/aws-s3`) and as a namespace
// export of the root (`aws_s3`); the root's other exports are the core module.
function qualify(module: string, names: string[]): string | undefined {
  if (module === 'aws-cdk-lib' || module === 'aws-cdk-lib/core') {
    const [first, ...rest] = names;
    if (first?.startsWith('aws_')) return rest.length > 0 ? `${first.replace(/_/g, '-')}.${rest.join('.')}` : undefined;
    return names.length > 0 ? `core.${names.join('.')}` : undefined;
  }
  const service = /^aws-cdk-lib\/(aws-[a-z0-9-]+)$/.exec(module)?.[1];
  return service && names.length > 0 ? `${service}.${names.join('.')}` : undefined;
}
