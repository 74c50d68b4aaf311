import { realpathSync } from 'node:fs';
import type { ts } from 'ts-morph';
import type { Finding, SdkCall } from '../model.js';
import { registerProgramFiles } from '../resolve/class-fields.js';
import { cachedChecker, createRun } from './analysis-run.js';
import { clearFileSystemCache } from './file-system.js';
import { clearPackageConfigCache } from './package-config.js';
import { createProject } from './create-project.js';
import { handlerBody } from './handler-export.js';
import { awsReachingFiles, createFileGraph, importClosure } from './import-closure.js';
import { resolveModule } from './module-resolver.js';
import { parseErrorFinding } from './parse-errors.js';
import { reachableCalls } from './reachable-calls.js';
import { withV2GlobalRegion } from './v2-global-config.js';

export interface FunctionEntry {
  name: string;
  /** Absolute path of the entry file. */
  entry: string;
  /** Default "handler". */
  handlerExport?: string;
  /** This function's own environment (from its IaC); default: the run's. Pass one Map object per distinct environment. */
  env?: ReadonlyMap<string, string>;
}

export interface AnalyzeOptions {
  env: ReadonlyMap<string, string>;
}

export interface FunctionCalls {
  name: string;
  entry: string;
  calls: SdkCall[];
  findings: Finding[];
  /** The function's import closure. */
  files: string[];
}

/** Every AWS SDK call each function can make, from one shared project for the whole run. */
export function analyzeFunctions(entries: FunctionEntry[], options: AnalyzeOptions): FunctionCalls[] {
  clearFileSystemCache();
  clearPackageConfigCache();
  const project = createProject();
  const graph = createFileGraph(project);
  const closures = entries.map((entry) => importClosure(canonicalPath(entry.entry), graph));
  const moduleFile = (specifier: string, from: ts.SourceFile): ts.SourceFile | undefined => {
    const path = resolveModule(specifier, from.fileName);
    return path ? graph.files.get(path) : undefined;
  };
  const checker = cachedChecker(project.checker(), moduleFile);
  registerProgramFiles(checker, project.sourceFiles());
  const reachingAws = awsReachingFiles(graph);
  // One run (and its caches) per distinct environment: functions of one IaC project share theirs.
  const runs = new Map<ReadonlyMap<string, string>, ReturnType<typeof createRun>>();
  const runFor = (env: ReadonlyMap<string, string>) => {
    let run = runs.get(env);
    if (!run) runs.set(env, (run = createRun(checker, env, moduleFile, reachingAws)));
    return run;
  };
  return entries.map((entry, index) => {
    const run = runFor(entry.env ?? options.env);
    const closure = closures[index]!;
    const findings = [...closure.findings];
    for (const file of closure.files) {
      const parseError = parseErrorFinding(file);
      if (parseError) findings.push(parseError);
    }
    const entryFile = closure.files[0];
    if (!entryFile) return { name: entry.name, entry: entry.entry, calls: [], findings, files: [] };
    const handler = handlerBody(entryFile, entry.handlerExport ?? 'handler', run);
    if (handler.finding) findings.push(handler.finding);
    const reached = reachableCalls(closure.files, handler.body, run);
    return {
      name: entry.name,
      entry: entry.entry,
      calls: withV2GlobalRegion(reached.calls, closure.files, run),
      findings: [...findings, ...reached.findings],
      files: closure.files.map((file) => file.fileName),
    };
  });
}

function canonicalPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}
