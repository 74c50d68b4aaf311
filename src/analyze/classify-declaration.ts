import { ts } from 'ts-morph';
import { dependsOnContext, type AnalysisRun } from './analysis-run.js';
import { constructAwsExport, isAwsPackage } from './aws-packages.js';
import { classify, moduleValue } from './classify-expression.js';
import { classMember } from './class-members.js';
import { bindingFor, moduleLevelContext } from './call-context.js';
import { EMPTY_CONTEXT, type CallContext, type SdkValue } from './sdk-values.js';
import { canonicalOperationName } from './service-names.js';
import { moduleSymbolOf } from './syntax.js';

/** What a symbol stands for, following imports, re-exports, variables and parameters. */
export function classifySymbol(symbol: ts.Symbol, ctx: CallContext, run: AnalysisRun): SdkValue | undefined {
  const decl = symbol.declarations?.[0];
  if (!decl) return undefined;
  if (ts.isImportSpecifier(decl) || ts.isExportSpecifier(decl)) {
    const specifier = moduleSpecifierOf(decl);
    if (specifier !== undefined && isAwsPackage(specifier)) return { kind: 'aws-export', module: specifier, path: [(decl.propertyName ?? decl.name).text] };
    return followAlias(symbol, run);
  }
  if (ts.isImportClause(decl) || ts.isNamespaceImport(decl) || ts.isNamespaceExport(decl)) {
    const specifier = moduleSpecifierOf(decl);
    if (specifier === undefined) return undefined;
    if (isAwsPackage(specifier)) return ts.isImportClause(decl) && specifier !== 'aws-sdk' ? { kind: 'aws-export', module: specifier, path: ['default'] } : { kind: 'aws-module', module: specifier };
    return ts.isImportClause(decl) ? followAlias(symbol, run) : moduleValue(specifier, decl.getSourceFile(), run);
  }
  if (ts.isImportEqualsDeclaration(decl)) {
    const reference = decl.moduleReference;
    if (ts.isExternalModuleReference(reference) && ts.isStringLiteralLike(reference.expression)) return moduleValue(reference.expression.text, decl.getSourceFile(), run);
    return undefined;
  }
  if (ts.isVariableDeclaration(decl)) return classifyVariable(decl, symbol, ctx, run);
  if (ts.isBindingElement(decl)) return classifyBindingElement(decl, ctx, run);
  if (ts.isParameter(decl)) return classifyParameter(decl, ctx, run);
  if (ts.isFunctionDeclaration(decl) || ts.isMethodDeclaration(decl) || ts.isFunctionExpression(decl) || ts.isArrowFunction(decl)) return { kind: 'function', decl };
  if (ts.isClassDeclaration(decl) || ts.isClassExpression(decl)) return { kind: 'class', decl };
  if (ts.isPropertyAssignment(decl)) return classify(decl.initializer, moduleLevelContext(decl, ctx), run);
  if (ts.isShorthandPropertyAssignment(decl)) {
    const valueSymbol = run.checker.getShorthandAssignmentValueSymbol(decl);
    return valueSymbol ? classifySymbol(valueSymbol, ctx, run) : undefined;
  }
  if (ts.isPropertyDeclaration(decl) && decl.initializer) return classify(decl.initializer, moduleLevelContext(decl, ctx), run);
  if (ts.isSourceFile(decl)) return { kind: 'local-module', file: decl };
  if (ts.isExportAssignment(decl)) return classify(decl.expression, EMPTY_CONTEXT, run);
  const assigned = commonJsAssignment(decl);
  return assigned ? classify(assigned, EMPTY_CONTEXT, run) : undefined;
}

function followAlias(symbol: ts.Symbol, run: AnalysisRun): SdkValue | undefined {
  if (!(symbol.flags & ts.SymbolFlags.Alias)) return undefined;
  const target = run.checker.getImmediateAliasedSymbol(symbol);
  if (!target || target === symbol || !target.declarations?.length) return undefined;
  return classifySymbol(target, EMPTY_CONTEXT, run);
}

function moduleSpecifierOf(decl: ts.Node): string | undefined {
  for (let node: ts.Node | undefined = decl; node; node = node.parent) {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteralLike(node.moduleSpecifier)) return node.moduleSpecifier.text;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return undefined;
  }
  return undefined;
}

function classifyVariable(decl: ts.VariableDeclaration, symbol: ts.Symbol, ctx: CallContext, run: AnalysisRun): SdkValue | undefined {
  const declCtx = moduleLevelContext(decl, ctx);
  if (decl.initializer) {
    const value = classify(decl.initializer, declCtx, run);
    if (value) return value;
  }
  // `let client; ... client = new S3Client()` (lazy singletons): the assignments decide. A `const`
  // is never assigned again.
  const isConst = (ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) !== 0;
  for (const assigned of isConst ? [] : assignmentsTo(symbol, decl.getSourceFile(), run)) {
    const value = classify(assigned, declCtx, run);
    if (value) return value;
  }
  return decl.type ? classifyType(decl.type, run) : undefined;
}

function classifyBindingElement(decl: ts.BindingElement, ctx: CallContext, run: AnalysisRun): SdkValue | undefined {
  const pattern = decl.parent;
  const name = decl.propertyName ?? decl.name;
  if (!ts.isObjectBindingPattern(pattern) || !(ts.isIdentifier(name) || ts.isStringLiteral(name))) return undefined;
  const holder = pattern.parent;
  let source: SdkValue | undefined;
  if (ts.isVariableDeclaration(holder) && holder.initializer) source = classify(holder.initializer, moduleLevelContext(holder, ctx), run);
  else if (ts.isParameter(holder)) source = classifyParameter(holder, ctx, run);
  else if (ts.isBindingElement(holder)) source = classifyBindingElement(holder, ctx, run);
  return memberOf(source, name.text, run);
}

function classifyParameter(decl: ts.ParameterDeclaration, ctx: CallContext, run: AnalysisRun): SdkValue | undefined {
  dependsOnContext(run);
  const bound = bindingFor(decl, ctx);
  const value = bound ? classify(bound.expr, bound.ctx, run) : undefined;
  if (value) return value;
  const resolved = promiseCallbackValue(decl, ctx, run);
  if (resolved) return resolved;
  if (decl.type) {
    const typed = classifyType(decl.type, run);
    if (typed) return typed;
  }
  return { kind: 'parameter', decl };
}

// What a type annotation names never depends on a context: parameters are read once per context,
// their annotations once per run.
const typeValues = new WeakMap<AnalysisRun, WeakMap<ts.TypeNode, SdkValue | null>>();

/**
 * A dynamic import of a package resolved in `.then(({ SSMClient }) => ...)`, `getClient().then((c) => ...)`: the
 * first parameter of a callback handed to `.then` is what the promise resolves to, which the
 * analysis reads as the receiver itself (as it reads `await x` as `x`).
 */
function promiseCallbackValue(decl: ts.ParameterDeclaration, ctx: CallContext, run: AnalysisRun): SdkValue | undefined {
  const callback = decl.parent;
  if (!(ts.isArrowFunction(callback) || ts.isFunctionExpression(callback)) || callback.parameters[0] !== decl) return undefined;
  const call = callback.parent;
  if (!ts.isCallExpression(call) || call.arguments[0] !== callback || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'then') return undefined;
  return classify(call.expression.expression, ctx, run);
}

/** A client or local class named by a type annotation (`db: DynamoDBDocumentClient`, `repo: OrderRepo`). */
export function classifyType(type: ts.TypeNode, run: AnalysisRun): SdkValue | undefined {
  let byType = typeValues.get(run);
  if (!byType) typeValues.set(run, (byType = new WeakMap()));
  const known = byType.get(type);
  if (known !== undefined) return known ?? undefined;
  const readsBefore = run.contextReads;
  const value = classifyTypeUncached(type, run);
  // Kept only when nothing on the way met a cycle (or anything else that is not for good).
  if (run.contextReads === readsBefore) byType.set(type, value ?? null);
  return value;
}

function classifyTypeUncached(type: ts.TypeNode, run: AnalysisRun): SdkValue | undefined {
  if (ts.isUnionTypeNode(type)) {
    for (const member of type.types) {
      const value = classifyType(member, run);
      if (value) return value;
    }
    return undefined;
  }
  if (!ts.isTypeReferenceNode(type)) return undefined;
  const entity = classifyEntityName(type.typeName, run);
  if (entity?.kind === 'aws-export') return constructAwsExport(entity.module, entity.path, [], type);
  if (entity?.kind === 'class') return { kind: 'instance', classDecl: entity.decl };
  return undefined;
}

function classifyEntityName(name: ts.EntityName, run: AnalysisRun): SdkValue | undefined {
  if (ts.isQualifiedName(name)) return memberOf(classifyEntityName(name.left, run), name.right.text, run);
  const symbol = run.checker.getSymbolAtLocation(name);
  return symbol ? classifySymbol(symbol, EMPTY_CONTEXT, run) : undefined;
}

/** A member of a classified value: a package export, a module export, a field or method, a property. */
export function memberOf(base: SdkValue | undefined, name: string, run: AnalysisRun): SdkValue | undefined {
  switch (base?.kind) {
    case 'aws-module':
      return { kind: 'aws-export', module: base.module, path: [name] };
    case 'aws-export':
      return { kind: 'aws-export', module: base.module, path: [...base.path, name] };
    case 'local-module':
      return moduleExport(base.file, name, run);
    case 'instance':
      return classMember(base, name, run);
    case 'class':
      return classMember({ kind: 'instance', classDecl: base.decl }, name, run, true);
    case 'object':
      return objectProperty(base.literal, name, base.ctx, run);
    case 'client':
      return clientMethod(base, name);
    default:
      return undefined;
  }
}

/** `kinesis.putRecord` read as a value (v2 and aggregated v3 clients name their operations as methods). */
function clientMethod(client: Extract<SdkValue, { kind: 'client' }>, name: string): SdkValue | undefined {
  if (client.style === 'command' || !client.clientId) return undefined;
  const operation = canonicalOperationName(client.clientId, name);
  return operation ? { kind: 'sdk-method', client, method: name, operation } : undefined;
}

function moduleExport(file: ts.SourceFile, name: string, run: AnalysisRun): SdkValue | undefined {
  const moduleSymbol = moduleSymbolOf(file, run.checker);
  if (!moduleSymbol) return undefined;
  const exported = run.checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.name === name);
  if (exported) return classifySymbol(exported, EMPTY_CONTEXT, run);
  const exportEquals = moduleSymbol.exports?.get(ts.InternalSymbolName.ExportEquals);
  return exportEquals ? memberOf(classifySymbol(exportEquals, EMPTY_CONTEXT, run), name, run) : undefined;
}

function objectProperty(literal: ts.ObjectLiteralExpression, name: string, ctx: CallContext, run: AnalysisRun): SdkValue | undefined {
  for (const property of literal.properties) {
    if (!property.name || (!ts.isIdentifier(property.name) && !ts.isStringLiteral(property.name)) || property.name.text !== name) continue;
    if (ts.isPropertyAssignment(property)) return classify(property.initializer, ctx, run);
    if (ts.isShorthandPropertyAssignment(property)) return classify(property.name, ctx, run);
    if (ts.isMethodDeclaration(property)) return { kind: 'function', decl: property, ctx };
  }
  return undefined;
}

function commonJsAssignment(decl: ts.Node): ts.Expression | undefined {
  const assignment = ts.isBinaryExpression(decl) ? decl : decl.parent && ts.isBinaryExpression(decl.parent) ? decl.parent : undefined;
  return assignment && assignment.operatorToken.kind === ts.SyntaxKind.EqualsToken ? assignment.right : undefined;
}

const assignmentCache = new WeakMap<ts.SourceFile, Map<string, ts.BinaryExpression[]>>();

function assignmentsTo(symbol: ts.Symbol, file: ts.SourceFile, run: AnalysisRun): ts.Expression[] {
  let byName = assignmentCache.get(file);
  if (!byName) {
    byName = new Map();
    const found = byName;
    const visit = (node: ts.Node): void => {
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left)) {
        found.set(node.left.text, [...(found.get(node.left.text) ?? []), node]);
      } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionEqualsToken && ts.isIdentifier(node.left)) {
        found.set(node.left.text, [...(found.get(node.left.text) ?? []), node]);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    assignmentCache.set(file, byName);
  }
  return (byName.get(symbol.name) ?? []).filter((assignment) => run.checker.getSymbolAtLocation(assignment.left) === symbol).map((assignment) => assignment.right);
}

export function enclosingClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isClassLike(current)) return current;
    if (ts.isFunctionDeclaration(current) || ts.isFunctionExpression(current)) return undefined;
  }
  return undefined;
}
