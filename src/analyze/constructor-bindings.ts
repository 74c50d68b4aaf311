import { ts } from 'ts-morph';
import { nodeId, type AnalysisRun } from './analysis-run.js';
import { thisContext } from './call-context.js';
import { baseClass } from './class-members.js';
import type { Arg, CallContext, SdkValue } from './sdk-values.js';

type Instance = Extract<SdkValue, { kind: 'instance' }>;

// Past this many classes up the chain, base classes get no arguments (their fields read as unknown).
const MAX_CLASS_DEPTH = 8;

/**
 * The constructor parameters of an instance made by a visible `new`, each with the argument passed
 * (undefined when none is), so that the resolver can read fields the constructors set from them
 * (`this.options.bucket`). A class without a constructor hands its arguments to the nearest base
 * class that has one; a constructor that calls `super(...)` hands the base class the arguments of
 * that call, read with its own parameters bound (`super(process.env.USERS_TABLE!)`,
 * `super(name, client)`), up the chain.
 */
export function constructorArguments(instance: Instance, run: AnalysisRun): Array<[ts.ParameterDeclaration, Arg | undefined]> {
  const construction = instance.construction;
  if (!construction) return [];
  const bound: Array<[ts.ParameterDeclaration, Arg | undefined]> = [];
  let args: readonly Arg[] = construction.args;
  let classDecl: ts.ClassLikeDeclaration | undefined = instance.classDecl;
  for (let depth = 0; classDecl && depth < MAX_CLASS_DEPTH; classDecl = baseClass(classDecl, run), depth++) {
    const constructor = classDecl.members.find(ts.isConstructorDeclaration);
    if (!constructor) continue;
    const own = new Map<ts.ParameterDeclaration, Arg>();
    constructor.parameters.forEach((param, index) => {
      const arg = args[index];
      const usable = arg && !ts.isSpreadElement(arg.expr) && !param.dotDotDotToken ? arg : undefined;
      bound.push([param, usable]);
      if (usable) own.set(param, usable);
    });
    const superCall = superCallOf(constructor);
    if (!superCall) break;
    // The `super(...)` arguments are read in the constructor, with its parameters bound.
    const inConstructor: CallContext = {
      id: `super${nodeId(run, superCall)}@(${args[0]?.ctx.id ?? ''})`,
      depth: (args[0]?.ctx.depth ?? 0) + 1,
      params: own,
      thisValue: instance,
    };
    args = superCall.arguments.map((expr) => ({ expr, ctx: inConstructor }));
  }
  return bound;
}

/**
 * The context one constructor of an instance runs in for its `new`: the instance's own or a base
 * class's, its parameters bound as `constructorArguments` binds them.
 */
export function constructorContext(constructor: ts.ConstructorDeclaration | undefined, instance: Instance, run: AnalysisRun): CallContext {
  const base = thisContext(instance, run);
  if (!constructor || !instance.construction) return base;
  const params = new Map<ts.ParameterDeclaration, Arg>();
  for (const [param, arg] of constructorArguments(instance, run)) {
    if (arg && param.parent === constructor) params.set(param, arg);
  }
  return { ...base, id: `new${nodeId(run, constructor)}${base.id}`, params };
}

/** The constructor's own `super(...)` call (not one in a nested function or class). */
function superCallOf(constructor: ts.ConstructorDeclaration): ts.CallExpression | undefined {
  let found: ts.CallExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword) found = node;
    else ts.forEachChild(node, visit);
  };
  if (constructor.body) ts.forEachChild(constructor.body, visit);
  return found;
}
