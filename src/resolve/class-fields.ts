import { ts } from 'ts-morph';
import type { Value } from '../model.js';
import { boundValue, type EvaluationContext } from './evaluation-context.js';
import { skipWrappers } from './process-env.js';
import { isUndefinedUnknown, shortText, unknownAt } from './unknown-at.js';

/**
 * A field of a class of the user's code: `this.bucket`, `this.options.bucket`, `Config.TABLE`.
 * A field written in one place only has the value written there: its initializer, the one
 * `this.x = ...` in the constructor, or, for a constructor parameter property
 * (`constructor(private readonly options: Options)`), the argument the caller passed, which the
 * analyzer binds to the constructor's parameters when it knows the `new`. Undefined when `node`
 * is not a field of a local class, so the caller reads it as any other property.
 */
export function evaluateClassField(node: ts.PropertyAccessExpression, context: EvaluationContext): Value | undefined {
  // Through anything but `this` only a static field is read: skip the checker (which would type the
  // receiver) when no class of the program declares a static field of that name.
  if (skipWrappers(node.expression).kind !== ts.SyntaxKind.ThisKeyword && !mayBeStaticField(node.name.text, context.checker)) return undefined;
  const declaration = context.checker.getSymbolAtLocation(node.name)?.valueDeclaration;
  if (!declaration || declaration.getSourceFile().isDeclarationFile) return undefined;
  const isParameterProperty = ts.isParameter(declaration) && ts.isConstructorDeclaration(declaration.parent);
  // In JavaScript a field is declared by its first `this.x = ...`.
  const isJsField = isThisAssignmentTarget(declaration);
  if (!isParameterProperty && !isJsField && !ts.isPropertyDeclaration(declaration)) return undefined;
  const classDecl = isJsField ? enclosingClass(declaration) : isParameterProperty ? declaration.parent.parent : declaration.parent;
  if (!classDecl || !ts.isClassLike(classDecl)) return undefined;
  const isStatic = ts.isPropertyDeclaration(declaration) && hasModifier(declaration, ts.SyntaxKind.StaticKeyword);
  // An instance field is known only through `this`: another instance may have been built otherwise.
  if (!isStatic && skipWrappers(node.expression).kind !== ts.SyntaxKind.ThisKeyword) return undefined;

  const writes = fieldWrites(classDecl, node.name.text, isStatic);
  const initial = isParameterProperty ? declaration : isJsField ? undefined : (declaration as ts.PropertyDeclaration).initializer;
  const writers = [...(initial ? [initial] : []), ...writes];
  const name = shortText(node);
  if (writers.length === 0) return unknownAt(node, `${name} is never set`);
  if (writers.length > 1) return unknownAt(writers[1]!, `${name} is set in more than one place`);
  const writer = writers[0]!;
  if (ts.isParameter(writer)) return parameterValue(writer, node, context);
  const inConstructor = writes.length === 1 && isInConstructor(writer);
  if (writes.length === 1 && !inConstructor) return unknownAt(writer, `${name} is set outside the constructor`);
  return context.evaluate(writer as ts.Expression, context);
}

/** Per checker, the names of the static fields declared in its program's own (not declaration) files; null: any name. */
const staticFieldNames = new WeakMap<ts.TypeChecker, ReadonlySet<string> | null>();

/** Lets `evaluateClassField` skip property reads that cannot be a static field (a checker not registered asks every time). */
export function registerProgramFiles(checker: ts.TypeChecker, files: readonly ts.SourceFile[]): void {
  const names = new Set<string>();
  let anyName = false;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyDeclaration(node) && hasModifier(node, ts.SyntaxKind.StaticKeyword)) {
      const name = node.name;
      if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) names.add(name.text);
      else anyName = true;
    }
    ts.forEachChild(node, visit);
  };
  for (const file of files) {
    if (!file.isDeclarationFile && file.text.includes('static')) visit(file);
  }
  staticFieldNames.set(checker, anyName ? null : names);
}

function mayBeStaticField(name: string, checker: ts.TypeChecker): boolean {
  const names = staticFieldNames.get(checker);
  return names === undefined || names === null || names.has(name);
}

function parameterValue(parameter: ts.ParameterDeclaration, usedAt: ts.Node, context: EvaluationContext): Value {
  const symbol = context.checker.getSymbolAtLocation(parameter.name);
  const bound = symbol && boundValue(context, symbol);
  if (bound === undefined) return unknownAt(usedAt, `${shortText(usedAt)}, set by whoever constructs the ${className(parameter)}`);
  return isUndefinedUnknown(bound) && parameter.initializer ? context.evaluate(parameter.initializer, context) : bound;
}

// Per class and field: a class's writes never change within a run, and every read of a field (once
// per calling function) would search the whole class again.
const fieldWritesOf = new WeakMap<ts.ClassLikeDeclaration, Map<string, ts.Node[]>>();

/** The right-hand sides of `this.name = ...` (or `Class.name = ...` for a static) anywhere in the class. */
function fieldWrites(classDecl: ts.ClassLikeDeclaration, name: string, isStatic: boolean): ts.Node[] {
  let byField = fieldWritesOf.get(classDecl);
  if (!byField) fieldWritesOf.set(classDecl, (byField = new Map()));
  const key = `${isStatic ? 'static ' : ''}${name}`;
  let writes = byField.get(key);
  if (!writes) byField.set(key, (writes = searchFieldWrites(classDecl, name, isStatic)));
  return writes;
}

function searchFieldWrites(classDecl: ts.ClassLikeDeclaration, name: string, isStatic: boolean): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind) && isFieldReference(node.left, name, classDecl, isStatic)) {
      found.push(node.operatorToken.kind === ts.SyntaxKind.EqualsToken ? node.right : node);
    } else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && isFieldReference(node.operand, name, classDecl, isStatic)) {
      found.push(node);
    }
    ts.forEachChild(node, visit);
  };
  for (const member of classDecl.members) visit(member);
  return found;
}

function isFieldReference(node: ts.Expression, name: string, classDecl: ts.ClassLikeDeclaration, isStatic: boolean): boolean {
  const target = skipWrappers(node);
  if (!ts.isPropertyAccessExpression(target) || target.name.text !== name) return false;
  const receiver = skipWrappers(target.expression);
  if (receiver.kind === ts.SyntaxKind.ThisKeyword) return true;
  return isStatic && ts.isIdentifier(receiver) && receiver.text === classDecl.name?.text;
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

// Writes in a method may run any number of times, in any order with the reads.
function isInConstructor(node: ts.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isConstructorDeclaration(current)) return true;
    if (ts.isFunctionLike(current) || ts.isClassLike(current)) return false;
  }
  return false;
}

function hasModifier(node: ts.HasModifiers, kind: ts.SyntaxKind): boolean {
  return ts.getModifiers(node)?.some((modifier) => modifier.kind === kind) ?? false;
}

function className(parameter: ts.ParameterDeclaration): string {
  const classDecl = parameter.parent.parent;
  return ts.isClassLike(classDecl) && classDecl.name ? classDecl.name.text : 'class';
}

function isThisAssignmentTarget(node: ts.Node): boolean {
  const access = ts.isBinaryExpression(node) ? node.left : node;
  return ts.isPropertyAccessExpression(access) && access.expression.kind === ts.SyntaxKind.ThisKeyword;
}

function enclosingClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) if (ts.isClassLike(current)) return current;
  return undefined;
}
