import { ts } from 'ts-morph';
import { nodeId, type AnalysisRun } from './analysis-run.js';
import { EMPTY_CONTEXT, type Arg, type CallContext, type SdkValue } from './sdk-values.js';
import { enclosingFunction } from './syntax.js';

// Past this many nested calls, bindings are dropped: the callee is read as if called from nowhere,
// which only ever widens a resource to a wildcard.
const MAX_CALL_DEPTH = 6;

type Instance = Extract<SdkValue, { kind: 'instance' }>;

/** The argument a parameter is bound to in this context or one it is nested in. */
export function bindingFor(param: ts.ParameterDeclaration, ctx: CallContext): Arg | undefined {
  for (let current: CallContext | undefined = ctx; current; current = current.lexicalParent) {
    const bound = current.params.get(param);
    if (bound) return bound;
  }
  return undefined;
}

/** Declarations outside any function are read without bindings, so they are classified once. */
export function moduleLevelContext(decl: ts.Node, ctx: CallContext): CallContext {
  return ctx === EMPTY_CONTEXT || enclosingFunction(decl) === undefined ? EMPTY_CONTEXT : ctx;
}

/**
 * The context a callee runs in for one call: its parameters bound to the call's arguments (read in
 * the caller's context), `this` from the receiver, closures reading the caller's bindings.
 */
export function contextForCall(
  callee: ts.SignatureDeclaration,
  call: ts.CallExpression | ts.NewExpression,
  callerCtx: CallContext,
  boundCtx: CallContext | undefined,
  run: AnalysisRun,
): CallContext {
  const args = call.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  const thisValue = boundCtx?.thisValue;
  const lexicalParent = boundCtx && boundCtx !== EMPTY_CONTEXT ? boundCtx : undefined;
  if (callerCtx.depth >= MAX_CALL_DEPTH || args.length === 0) {
    return boundCtx ?? EMPTY_CONTEXT;
  }
  const params = new Map<ts.ParameterDeclaration, Arg>();
  callee.parameters.forEach((param, index) => {
    const arg = args[index];
    if (arg && !ts.isSpreadElement(arg) && !param.dotDotDotToken) params.set(param, { expr: arg, ctx: callerCtx });
  });
  const outer = boundCtx?.id ? `|${boundCtx.id}` : '';
  return { id: `${nodeId(run, call)}@(${callerCtx.id})${outer}`, depth: callerCtx.depth + 1, params, thisValue, lexicalParent };
}

/** The context of an instance's methods: `this` is the instance. */
export function thisContext(instance: Instance, run: AnalysisRun): CallContext {
  const construction = instance.construction;
  // Instances made without arguments are alike, so their methods are read once per class.
  const id = construction?.args.length
    ? `this${nodeId(run, construction.site)}@(${construction.args[0]?.ctx.id ?? ''})`
    : `this${nodeId(run, instance.classDecl)}`;
  return { id, depth: construction?.args[0]?.ctx.depth ?? 0, params: new Map(), thisValue: instance };
}
