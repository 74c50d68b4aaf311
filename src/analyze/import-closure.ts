import type { ts } from 'ts-morph';
import type { Finding } from '../model.js';
import type { SourceProject } from './create-project.js';
import { isAwsPackage } from './aws-packages.js';
import { moduleSpecifiersOf } from './file-imports.js';
import { loadSourceFile } from './load-source-file.js';
import { resolveModule } from './module-resolver.js';

const TEST_FILE = /(\.(test|spec)\.[cm]?[jt]sx?$)|([\\/]__tests__[\\/])/;

export function isTestFile(path: string): boolean {
  return TEST_FILE.test(path);
}

/** Files loaded for the run, each once, with what each imports locally. Shared by every function. */
export interface FileGraph {
  project: SourceProject;
  files: Map<string, ts.SourceFile>;
  /** Local files each file imports (test files excluded). */
  localImports: Map<ts.SourceFile, ts.SourceFile[]>;
  importsAws: Set<ts.SourceFile>;
  /** Findings per path for files that could not be loaded, and which files import them. */
  skipped: Map<string, Finding>;
  skippedImports: Map<ts.SourceFile, string[]>;
}

export function createFileGraph(project: SourceProject): FileGraph {
  return { project, files: new Map(), localImports: new Map(), importsAws: new Set(), skipped: new Map(), skippedImports: new Map() };
}

/** The function's code: the entry and every local file it imports, transitively. */
export function importClosure(entry: string, graph: FileGraph): { files: ts.SourceFile[]; findings: Finding[] } {
  const files: ts.SourceFile[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const file = fileAt(path, graph);
    if (!file) {
      const skipped = graph.skipped.get(path);
      if (skipped) findings.push(skipped);
      continue;
    }
    files.push(file);
    for (const imported of localImportsOf(file, graph)) queue.push(imported.fileName);
    queue.push(...(graph.skippedImports.get(file) ?? []));
  }
  return { files, findings };
}

function fileAt(path: string, graph: FileGraph): ts.SourceFile | undefined {
  const known = graph.files.get(path);
  if (known || graph.skipped.has(path)) return known;
  const loaded = loadSourceFile(graph.project, path);
  if ('finding' in loaded) {
    graph.skipped.set(path, loaded.finding);
    return undefined;
  }
  graph.files.set(path, loaded.file);
  graph.files.set(loaded.file.fileName, loaded.file);
  return loaded.file;
}

function localImportsOf(file: ts.SourceFile, graph: FileGraph): ts.SourceFile[] {
  const cached = graph.localImports.get(file);
  if (cached) return cached;
  const imports: ts.SourceFile[] = [];
  for (const specifier of moduleSpecifiersOf(file)) {
    if (isAwsPackage(specifier)) {
      graph.importsAws.add(file);
      continue;
    }
    const target = resolveModule(specifier, file.fileName);
    if (!target || isTestFile(target)) continue;
    const imported = fileAt(target, graph);
    if (imported) imports.push(imported);
    else graph.skippedImports.set(file, [...(graph.skippedImports.get(file) ?? []), target]);
  }
  graph.localImports.set(file, imports);
  return imports;
}

/** Files from which an AWS package can be reached through local imports. */
export function awsReachingFiles(graph: FileGraph): Set<ts.SourceFile> {
  const importers = new Map<ts.SourceFile, ts.SourceFile[]>();
  for (const [file, imports] of graph.localImports) {
    for (const imported of imports) importers.set(imported, [...(importers.get(imported) ?? []), file]);
  }
  const reaching = new Set(graph.importsAws);
  const queue = [...reaching];
  while (queue.length > 0) {
    for (const importer of importers.get(queue.pop()!) ?? []) {
      if (!reaching.has(importer)) {
        reaching.add(importer);
        queue.push(importer);
      }
    }
  }
  return reaching;
}
