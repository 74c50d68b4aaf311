import { ts } from 'ts-morph';
import type { AnalysisRun } from './analysis-run.js';
import { baseClass } from './class-members.js';
import type { Arg, SdkValue } from './sdk-values.js';

type Instance = Extract<SdkValue, { kind: 'instance' }>;

/**
 * The constructor parameters of an instance made by a visible `new`, each with the argument passed
 * (undefined when none is), so that the resolver can read fields the constructor sets from them
 * (`this.options.bucket`). A class without a constructor hands its arguments to the nearest base
 * class that has one; a class whose constructor calls `super(...)` binds only its own parameters.
 */
export function constructorArguments(instance: Instance, run: AnalysisRun): Array<[ts.ParameterDeclaration, Arg | undefined]> {
  const construction = instance.construction;
  if (!construction) return [];
  let classDecl: ts.ClassLikeDeclaration | undefined = instance.classDecl;
  for (let depth = 0; classDecl && depth < 8; classDecl = baseClass(classDecl, run), depth++) {
    const constructor = classDecl.members.find(ts.isConstructorDeclaration);
    if (!constructor) continue;
    return constructor.parameters.map((param, index) => {
      const arg = construction.args[index];
      return [param, arg && !ts.isSpreadElement(arg.expr) && !param.dotDotDotToken ? arg : undefined];
    });
  }
  return [];
}
