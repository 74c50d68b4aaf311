import { ts } from 'ts-morph';
import { ASK_CHECKER, lookUpImportTarget, lookUpName } from './scope-lookup.js';
import type { ParameterBindings } from './parameter-bindings.js';
import type { CallContext, SdkValue } from './sdk-values.js';

/** State shared by every function of one run: the checker and the per-node caches. */
export interface AnalysisRun {
  checker: ts.TypeChecker;
  env: ReadonlyMap<string, string>;
  /** The local file a specifier names from a file of the project, if it is part of the run. */
  moduleFile(specifier: string, fromFile: ts.SourceFile): ts.SourceFile | undefined;
  /** Files that import an AWS package, directly or through local imports. */
  awsReachingFiles: ReadonlySet<ts.SourceFile>;
  /** Context id -> node -> what it is (null: nothing the analysis cares about). */
  classified: Map<string, Map<ts.Node, SdkValue | null>>;
  /** Node -> what it is in every context: classifications that never looked at their context. */
  contextFree: Map<ts.Node, SdkValue | null>;
  /** Counts looks at a context (bindings, `this`, values that carry it); see `dependsOnContext`. */
  contextReads: number;
  /** Context -> the values it binds to parameters (see `ParameterBindings`). */
  parameterValues: WeakMap<CallContext, ParameterBindings>;
  /** Context id -> whether what it binds can lead to an AWS call (see `contextMayReachAws`). */
  contextReachesAws: Map<string, boolean>;
  nodeIds: WeakMap<ts.Node, number>;
  nextNodeId: number;
}

export function createRun(
  checker: ts.TypeChecker,
  env: ReadonlyMap<string, string>,
  moduleFile: AnalysisRun['moduleFile'],
  awsReachingFiles: ReadonlySet<ts.SourceFile>,
): AnalysisRun {
  return {
    checker,
    env,
    moduleFile,
    awsReachingFiles,
    classified: new Map(),
    contextFree: new Map(),
    contextReads: 0,
    parameterValues: new WeakMap(),
    contextReachesAws: new Map(),
    nodeIds: new WeakMap(),
    nextNodeId: 1,
  };
}

/** A short stable id for a node within the run, for context and cache keys. */
export function nodeId(run: AnalysisRun, node: ts.Node): number {
  let id = run.nodeIds.get(node);
  if (id === undefined) {
    id = run.nextNodeId++;
    run.nodeIds.set(node, id);
  }
  return id;
}

/** Records that the classification under way depends on its context, so it is not shared across contexts. */
export function dependsOnContext(run: AnalysisRun): void {
  run.contextReads += 1;
}

/**
 * The checker with its symbol look-ups remembered per node and symbol. The analysis asks for the
 * same identifier's symbol once per function that reaches it, and the checker resolves the name
 * from scratch every time; the answers never change within a run. Everything else is the checker's.
 */
export function cachedChecker(checker: ts.TypeChecker, moduleFile: AnalysisRun['moduleFile']): ts.TypeChecker {
  return {
    ...checker,
    // Names read in expressions are looked up in the binder's scopes first (see scope-lookup.ts).
    getSymbolAtLocation: memoByKey((node: ts.Node) => {
      const found = node.kind === ts.SyntaxKind.Identifier ? lookUpName(node as ts.Identifier) : ASK_CHECKER;
      return found === ASK_CHECKER ? checker.getSymbolAtLocation(node) : found;
    }),
    getShorthandAssignmentValueSymbol: memoByKey(checker.getShorthandAssignmentValueSymbol),
    getAliasedSymbol: memoByKey((symbol: ts.Symbol) => {
      // An import whose target is not itself an alias is resolved in one step.
      const found = lookUpImportTarget(symbol, moduleFile);
      return found === ASK_CHECKER || found.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : found;
    }),
    // Imports of local ES modules are read from the binder's exports (see scope-lookup.ts).
    getImmediateAliasedSymbol: memoByKey((symbol: ts.Symbol) => {
      const found = lookUpImportTarget(symbol, moduleFile);
      return found === ASK_CHECKER ? checker.getImmediateAliasedSymbol(symbol) : found;
    }),
    getExportsOfModule: memoByKey(checker.getExportsOfModule),
  };
}

// Stands for a remembered `undefined`, so that a hit is one look-up.
const NO_ANSWER = Symbol('no answer');

function memoByKey<K extends object | undefined, R>(lookUp: (key: K) => R): (key: K) => R {
  const answers = new WeakMap<object, R | typeof NO_ANSWER>();
  return (key) => {
    if (key === undefined) return lookUp(key);
    const known = answers.get(key);
    if (known !== undefined) return known === NO_ANSWER ? (undefined as R) : known;
    const answer = lookUp(key);
    answers.set(key, answer === undefined ? NO_ANSWER : answer);
    return answer;
  };
}
