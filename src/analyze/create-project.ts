import { Project, ts } from 'ts-morph';
import { resolveModule } from './module-resolver.js';

/**
 * The run's one ts-morph Project. No lib files and no node_modules: the analyzer needs symbols and
 * local imports, not types of the SDK, and module names resolve through the analyzer's own resolver
 * (tsconfig paths, package.json imports, workspaces) so the checker and the import closure agree.
 */
export function createProject(): Project {
  return new Project({
    compilerOptions: {
      allowJs: true,
      checkJs: false,
      noLib: true,
      types: [],
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.Preserve,
      noEmit: true,
    },
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    skipLoadingLibFiles: true,
    resolutionHost: () => ({
      resolveModuleNames: (moduleNames: string[], containingFile: string) =>
        moduleNames.map((name) => {
          const resolvedFileName = resolveModule(name, containingFile);
          return resolvedFileName ? { resolvedFileName, extension: extensionOf(resolvedFileName), isExternalLibraryImport: false } : undefined;
        }),
    }),
  });
}

function extensionOf(fileName: string): ts.Extension {
  const match = /\.(d\.ts|tsx|ts|mts|cts|jsx|js|mjs|cjs)$/.exec(fileName)?.[1];
  const byName: Record<string, ts.Extension> = {
    ts: ts.Extension.Ts, tsx: ts.Extension.Tsx, mts: ts.Extension.Mts, cts: ts.Extension.Cts,
    js: ts.Extension.Js, jsx: ts.Extension.Jsx, mjs: ts.Extension.Mjs, cjs: ts.Extension.Cjs, 'd.ts': ts.Extension.Dts,
  };
  return byName[match ?? 'js'] ?? ts.Extension.Js;
}
