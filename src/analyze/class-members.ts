import { ts } from 'ts-morph';
import { thisFieldAssignment } from './syntax.js';
import type { AnalysisRun } from './analysis-run.js';
import { thisContext } from './call-context.js';
import { constructorContext } from './constructor-bindings.js';
import { classifyType } from './classify-declaration.js';
import { classify } from './classify-expression.js';
import type { SdkValue } from './sdk-values.js';

type Instance = Extract<SdkValue, { kind: 'instance' }>;

/**
 * A field or method of a local class instance: a field initializer, `this.x = ...` in the
 * constructor, a constructor parameter property (`constructor(private db: X)`) bound to the argument
 * of the visible `new`, or the field's type annotation. Base classes are searched after the class.
 */
export function classMember(instance: Instance, name: string, run: AnalysisRun, isStatic = false): SdkValue | undefined {
  for (let classDecl: ts.ClassLikeDeclaration | undefined = instance.classDecl, depth = 0; classDecl && depth < 8; classDecl = baseClass(classDecl, run), depth++) {
    // Members found in a base class still run with `this` the instance itself.
    const found = memberOfClass(classDecl, instance, name, run, isStatic);
    if (found) return found;
  }
  return undefined;
}

function memberOfClass(classDecl: ts.ClassLikeDeclaration, instance: Instance, name: string, run: AnalysisRun, isStatic: boolean): SdkValue | undefined {
  let declaredType: ts.TypeNode | undefined;
  for (const member of classDecl.members) {
    if (!member.name || !ts.isIdentifier(member.name) || member.name.text !== name) continue;
    if (hasStatic(member) !== isStatic) continue;
    if (ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member)) return { kind: 'function', decl: member, ctx: thisContext(instance, run) };
    if (ts.isPropertyDeclaration(member)) {
      if (member.initializer) return classify(member.initializer, thisContext(instance, run), run);
      declaredType = member.type;
    }
  }
  if (isStatic) return undefined;
  const constructor = classDecl.members.find(ts.isConstructorDeclaration);
  if (constructor) {
    const fromConstructor = constructorAssignment(constructor, instance, name, run);
    if (fromConstructor) return fromConstructor;
  }
  return declaredType ? classifyType(declaredType, run) : undefined;
}

function constructorAssignment(constructor: ts.ConstructorDeclaration, instance: Instance, name: string, run: AnalysisRun): SdkValue | undefined {
  const ctx = constructorContext(constructor, instance, run);
  const parameterProperty = constructor.parameters.find(
    (param) => ts.isIdentifier(param.name) && param.name.text === name && (ts.getModifiers(param)?.length ?? 0) > 0,
  );
  if (parameterProperty && ts.isIdentifier(parameterProperty.name)) {
    const value = classify(parameterProperty.name, ctx, run);
    if (value && value.kind !== 'parameter') return value;
    return parameterProperty.type ? classifyType(parameterProperty.type, run) : value;
  }
  let found: SdkValue | undefined;
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isClassLike(node)) return;
    const assigned = thisFieldAssignment(node, name);
    if (assigned) found = classify(assigned, ctx, run);
    if (!found) ts.forEachChild(node, visit);
  };
  if (constructor.body) ts.forEachChild(constructor.body, visit);
  return found;
}

function hasStatic(member: ts.ClassElement): boolean {
  return ts.canHaveModifiers(member) && (ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ?? false);
}

export function baseClass(classDecl: ts.ClassLikeDeclaration, run: AnalysisRun): ts.ClassLikeDeclaration | undefined {
  const extendsClause = classDecl.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword);
  const base = extendsClause?.types[0]?.expression;
  if (!base) return undefined;
  const value = classify(base, thisContext({ kind: 'instance', classDecl }, run), run);
  return value?.kind === 'class' ? value.decl : undefined;
}
