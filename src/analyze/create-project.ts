import { readFileSync } from 'node:fs';
import { ts } from 'ts-morph';
import { resolveModule } from './module-resolver.js';

/**
 * The run's one program, built with the plain compiler API (ts-morph's `ts`): wrapping every file in
 * a ts-morph SourceFile cost a third of the loading time and nothing uses the wrappers. No lib files
 * and no node_modules: the analyzer needs symbols and local imports, not types of the SDK, and
 * module names resolve through the analyzer's own resolver (tsconfig paths, package.json imports,
 * workspaces) so the checker and the import closure agree.
 */
export interface SourceProject {
  /** Parses a file into the run (once per path; later calls return the first parse). */
  addFile(path: string, text: string): ts.SourceFile;
  /** Keeps a path the run skipped (binary, too large) out of the program even when a file imports it. */
  exclude(path: string): void;
  /** The checker over every file added so far, made on first use and again only if files were added since. */
  checker(): ts.TypeChecker;
  /** The source files of the program `checker()` made last (empty before it made one). */
  sourceFiles(): readonly ts.SourceFile[];
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  allowJs: true,
  checkJs: false,
  noLib: true,
  types: [],
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.Preserve,
  noEmit: true,
};

export function createProject(): SourceProject {
  const files = new Map<string, ts.SourceFile>();
  const excluded = new Set<string>();
  let program: ts.Program | undefined;
  let programFileCount = -1;

  // No parent pointers from the parser: binding sets them for every file of the program, and nothing
  // before the checker (the import scan) looks up the tree. Saves a walk over every file. No JSDoc
  // either: the analysis reads code, never types or tags written in comments.
  const parse = (path: string, text: string): ts.SourceFile =>
    ts.createSourceFile(path, text, { languageVersion: ts.ScriptTarget.ES2022, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false);

  // A file the program needs but the run did not add (a test file an entry imports) is read as
  // ts-morph read it, so symbols resolve as before; it is not analysed.
  const getSourceFile = (path: string): ts.SourceFile | undefined => {
    const known = files.get(path);
    if (known || excluded.has(path)) return known;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
    const file = parse(path, text);
    files.set(path, file);
    return file;
  };

  const host: ts.CompilerHost = {
    getSourceFile,
    getDefaultLibFileName: () => 'lib.d.ts',
    writeFile: () => undefined,
    getCurrentDirectory: () => process.cwd(),
    getCanonicalFileName: (fileName) => fileName,
    useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
    getNewLine: () => '\n',
    fileExists: (path) => files.has(path) || ts.sys.fileExists(path),
    readFile: (path) => ts.sys.readFile(path),
    directoryExists: (path) => ts.sys.directoryExists(path),
    getDirectories: () => [],
    resolveModuleNameLiterals: (literals, containingFile) =>
      literals.map((literal) => {
        const resolvedFileName = resolveModule(literal.text, containingFile);
        return {
          resolvedModule: resolvedFileName ? { resolvedFileName, extension: extensionOf(resolvedFileName), isExternalLibraryImport: false } : undefined,
        };
      }),
  };

  return {
    addFile(path, text) {
      const existing = files.get(path);
      if (existing) return existing;
      const file = parse(path, text);
      files.set(path, file);
      return file;
    },
    exclude(path) {
      excluded.add(path);
    },
    checker() {
      if (!program || programFileCount !== files.size) {
        program = ts.createProgram({ rootNames: [...files.keys()], options: COMPILER_OPTIONS, host, oldProgram: program });
        programFileCount = files.size;
      }
      return program.getTypeChecker();
    },
    sourceFiles() {
      return program?.getSourceFiles() ?? [];
    },
  };
}

function extensionOf(fileName: string): ts.Extension {
  const match = /\.(d\.ts|tsx|ts|mts|cts|jsx|js|mjs|cjs)$/.exec(fileName)?.[1];
  const byName: Record<string, ts.Extension> = {
    ts: ts.Extension.Ts, tsx: ts.Extension.Tsx, mts: ts.Extension.Mts, cts: ts.Extension.Cts,
    js: ts.Extension.Js, jsx: ts.Extension.Jsx, mjs: ts.Extension.Mjs, cjs: ts.Extension.Cjs, 'd.ts': ts.Extension.Dts,
  };
  return byName[match ?? 'js'] ?? ts.Extension.Js;
}
