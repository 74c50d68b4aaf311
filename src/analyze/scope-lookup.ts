import { ts } from 'ts-morph';

/** The checker must answer: the name is resolved by a rule this look-up does not follow. */
export const ASK_CHECKER = Symbol('ask the checker');

type WithLocals = ts.Node & { locals?: ReadonlyMap<ts.__String, ts.Symbol> };
type MaybeMerged = ts.Symbol & { mergeId?: number };

/**
 * The symbol a name read in an expression refers to, found in the scopes the binder made (`locals`
 * of each function, block and module), without the checker. The checker's `getSymbolAtLocation`
 * does the same walk plus much else, and was a large part of reading a body; the names read are
 * mostly parameters, locals and imports. Every case its walk treats specially (see
 * `resolveNameHelper` in TypeScript's checker.ts) is left to it: names in parameter lists,
 * `arguments`, the names of function and class expressions, namespaces, enums, decorators,
 * exported declarations (read through the module's exports), type-only names, symbols merged
 * across files, and scripts (their top level is global).
 */
export function lookUpName(identifier: ts.Identifier): ts.Symbol | typeof ASK_CHECKER {
  const name = identifier.escapedText;
  if (name === 'arguments' || !isReadInExpression(identifier)) return ASK_CHECKER;
  for (let node: ts.Node | undefined = identifier.parent; node; node = node.parent) {
    switch (node.kind) {
      case ts.SyntaxKind.Parameter:
      case ts.SyntaxKind.Decorator:
      case ts.SyntaxKind.ComputedPropertyName:
      case ts.SyntaxKind.HeritageClause:
      case ts.SyntaxKind.ModuleDeclaration:
      case ts.SyntaxKind.EnumDeclaration:
      case ts.SyntaxKind.WithStatement:
        return ASK_CHECKER;
      case ts.SyntaxKind.FunctionExpression:
      case ts.SyntaxKind.ClassExpression:
        if ((node as ts.FunctionExpression | ts.ClassExpression).name?.escapedText === name) return ASK_CHECKER;
        break;
      case ts.SyntaxKind.SourceFile:
        // A script's top level is global, and a CommonJS file's exports are the checker's business.
        if (!(node as ts.SourceFile & { externalModuleIndicator?: unknown }).externalModuleIndicator) return ASK_CHECKER;
        break;
    }
    const symbol = (node as WithLocals).locals?.get(name) as MaybeMerged | undefined;
    if (symbol) return symbol.flags & (ts.SymbolFlags.Value | ts.SymbolFlags.Alias) && !symbol.mergeId ? symbol : ASK_CHECKER;
    // Past the module: its exports and the globals.
    if (node.kind === ts.SyntaxKind.SourceFile) return ASK_CHECKER;
  }
  return ASK_CHECKER;
}

/** Positions where an identifier is read as a value (not a declaration's or a property's name). */
function isReadInExpression(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  switch (parent.kind) {
    case ts.SyntaxKind.CallExpression:
    case ts.SyntaxKind.NewExpression:
    case ts.SyntaxKind.ElementAccessExpression:
    case ts.SyntaxKind.TemplateSpan:
    case ts.SyntaxKind.BinaryExpression:
    case ts.SyntaxKind.ConditionalExpression:
    case ts.SyntaxKind.ReturnStatement:
    case ts.SyntaxKind.ArrayLiteralExpression:
    case ts.SyntaxKind.SpreadElement:
    case ts.SyntaxKind.SpreadAssignment:
    case ts.SyntaxKind.AwaitExpression:
    case ts.SyntaxKind.ParenthesizedExpression:
    case ts.SyntaxKind.NonNullExpression:
    case ts.SyntaxKind.PrefixUnaryExpression:
    case ts.SyntaxKind.ExpressionStatement:
      return true;
    case ts.SyntaxKind.PropertyAccessExpression:
    case ts.SyntaxKind.AsExpression:
    case ts.SyntaxKind.SatisfiesExpression:
      return (parent as ts.PropertyAccessExpression | ts.AsExpression).expression === identifier;
    case ts.SyntaxKind.VariableDeclaration:
    case ts.SyntaxKind.PropertyAssignment:
      return (parent as ts.VariableDeclaration | ts.PropertyAssignment).initializer === identifier;
    default:
      return false;
  }
}

type ModuleSymbolOf = ts.SourceFile & { symbol?: MaybeMerged; externalModuleIndicator?: unknown };

/**
 * What an `import { name }` or a default import names: the export of the local ES module the
 * specifier resolves to, read from the module's own exports as the binder made them. Anything else
 * (a package, a CommonJS or `export =` module, a name only an `export *` provides, merged symbols)
 * is left to the checker, as is every other kind of alias.
 */
export function lookUpImportTarget(
  symbol: ts.Symbol,
  moduleFile: (specifier: string, fromFile: ts.SourceFile) => ts.SourceFile | undefined,
): ts.Symbol | typeof ASK_CHECKER {
  const declaration = symbol.declarations?.length === 1 ? symbol.declarations[0] : undefined;
  let imported: ts.__String;
  let importDeclaration: ts.ImportDeclaration | ts.JSDocImportTag;
  if (declaration && ts.isImportSpecifier(declaration)) {
    const name = declaration.propertyName ?? declaration.name;
    if (!ts.isIdentifier(name)) return ASK_CHECKER;
    imported = name.escapedText;
    importDeclaration = declaration.parent.parent.parent;
  } else if (declaration && ts.isImportClause(declaration) && declaration.name) {
    imported = 'default' as ts.__String;
    importDeclaration = declaration.parent;
  } else return ASK_CHECKER;
  if (!ts.isImportDeclaration(importDeclaration) || importDeclaration.importClause?.isTypeOnly || !ts.isStringLiteral(importDeclaration.moduleSpecifier)) return ASK_CHECKER;
  const file = moduleFile(importDeclaration.moduleSpecifier.text, importDeclaration.getSourceFile()) as ModuleSymbolOf | undefined;
  const exports = file?.externalModuleIndicator && !file.symbol?.mergeId ? file.symbol?.exports : undefined;
  if (!exports || exports.has('export=' as ts.__String)) return ASK_CHECKER;
  const target = exports.get(imported) as MaybeMerged | undefined;
  return target && !target.mergeId ? target : ASK_CHECKER;
}
