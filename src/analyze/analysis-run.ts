import type { ts } from 'ts-morph';
import type { Value } from '../model.js';
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
  parameterValues: WeakMap<CallContext, ReadonlyMap<ts.Symbol, Value>>;
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
    parameterValues: new WeakMap(),
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
