import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** Where a Lambda `handler` setting (`src/handlers/order.handler`) points in the source tree. */
export interface HandlerSource {
  /** Absolute path of the source file, when one exists. */
  entry?: string;
  /** The exported function (`handler`). */
  handlerExport: string;
  /** The files looked for, for the message when none exists. */
  tried: string[];
}

const typeScriptFirst = ['.ts', '.mts', '.cts', '.tsx', '.js', '.mjs', '.cjs'];
const javaScriptFirst = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.tsx'];
// Build output folders whose sources conventionally live in src/ (`dist/order.handler` -> `src/order.ts`).
const buildFolder = /(^|[/\\])(dist|build|lib|out|\.build)(?=[/\\])/;

/**
 * The file a handler lives in: the handler up to its last dot, relative to `baseDir`, with a
 * source extension. When a bundler builds TypeScript (serverless-esbuild, the typescript plugin,
 * Serverless v4's built-in esbuild) the `.ts` source comes first; otherwise the `.js` file Lambda runs.
 * A handler in a build folder under `projectRoot` (`dist/`, `build/`, ...) also finds its `src/` source.
 */
export function handlerSource(baseDir: string, handler: string, preferTypeScript: boolean, projectRoot = baseDir): HandlerSource {
  const lastDot = handler.lastIndexOf('.');
  const modulePath = lastDot > 0 ? handler.slice(0, lastDot) : handler;
  const handlerExport = lastDot > 0 ? handler.slice(lastDot + 1) : 'handler';
  const stem = path.resolve(baseDir, modulePath);
  const extensions = preferTypeScript ? typeScriptFirst : javaScriptFirst;
  const stems = [stem];
  const relative = path.relative(projectRoot, stem);
  if (buildFolder.test(relative)) stems.push(path.resolve(projectRoot, relative.replace(buildFolder, '$1src')));
  const tried: string[] = [];
  for (const candidateStem of stems) {
    for (const extension of extensions) {
      const candidate = candidateStem + extension;
      tried.push(candidate);
      if (existsSync(candidate) && statSync(candidate).isFile()) return { entry: candidate, handlerExport, tried };
    }
  }
  return { handlerExport, tried };
}
