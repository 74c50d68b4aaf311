import { ts } from 'ts-morph';
import { moduleSpecifierOfCall } from './classify-expression.js';

const cache = new WeakMap<ts.SourceFile, string[]>();

/** Every literal module specifier a file names: imports, re-exports, `require`, `import()`. */
export function moduleSpecifiersOf(file: ts.SourceFile): string[] {
  const cached = cache.get(file);
  if (cached) return cached;
  const specifiers = new Set<string>();
  for (const statement of file.statements) {
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteralLike(statement.moduleSpecifier)) {
      specifiers.add(statement.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference) && ts.isStringLiteralLike(statement.moduleReference.expression)) {
      specifiers.add(statement.moduleReference.expression.text);
    }
  }
  // Only files that mention require( or import( need the full walk.
  const text = file.text;
  if (text.includes('require(') || text.includes('import(')) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const specifier = moduleSpecifierOfCall(node);
        if (specifier !== undefined) specifiers.add(specifier);
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(file, visit);
  }
  const list = [...specifiers];
  cache.set(file, list);
  return list;
}
