import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isRecord } from './parse-template.js';

export interface FunctionEntry {
  /** Absolute path of the source file, when one exists. */
  entry?: string;
  handlerExport: string;
  /** The files looked for, relative to the template's folder, for the message when none exists. */
  lookedFor: string[];
}

// The TypeScript source first: it is what the analyzer should read when both it and its build exist.
const sourceExtensions = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];

/**
 * The file a Lambda `Handler` lives in: `src/handlers/order.handler` with `CodeUri: app/` is
 * `app/src/handlers/order.{ts,mts,cts,js,mjs,cjs}`, export `handler`
 * (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html). When SAM builds the code with
 * esbuild, the handler names the bundle, which is named after an entry point: that entry point is the source
 * (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-sam-cli-using-build-typescript.html).
 */
export function functionEntry(templateDir: string, codeUri: string, handler: string, metadata: unknown): FunctionEntry {
  const dot = handler.lastIndexOf('.');
  const modulePath = dot < 0 ? handler : handler.slice(0, dot);
  const handlerExport = dot < 0 ? 'handler' : handler.slice(dot + 1);
  const codeDir = path.resolve(templateDir, codeUri);
  const relative = (file: string) => path.relative(templateDir, file).split(path.sep).join('/');

  const entryPoint = esbuildEntryPoint(metadata, modulePath);
  if (entryPoint !== undefined) {
    const file = path.resolve(codeDir, entryPoint);
    return { entry: isFile(file) ? file : undefined, handlerExport, lookedFor: [relative(file)] };
  }
  const stems = [path.resolve(codeDir, modulePath)];
  // A handler in a folder built by tsc (`dist/handlers/order.handler`) has its source under src/.
  const sourceStem = stems[0]!.replace(/([/\\])(dist|build|lib|out)([/\\])/, '$1src$3');
  if (sourceStem !== stems[0]) stems.push(sourceStem);
  const candidates = stems.flatMap((stem) => sourceExtensions.map((extension) => stem + extension));
  return { entry: candidates.find(isFile), handlerExport, lookedFor: stems.map((stem) => `${relative(stem)}.{${sourceExtensions.map((e) => e.slice(1)).join(',')}}`) };
}

/** The `Metadata.BuildProperties.EntryPoints` item the handler's bundle is built from, with `BuildMethod: esbuild`. */
function esbuildEntryPoint(metadata: unknown, modulePath: string): string | undefined {
  if (!isRecord(metadata) || metadata.BuildMethod !== 'esbuild' || !isRecord(metadata.BuildProperties)) return undefined;
  const entryPoints = metadata.BuildProperties.EntryPoints;
  if (!Array.isArray(entryPoints)) return undefined;
  const names = entryPoints.filter((item): item is string => typeof item === 'string');
  const withoutExtension = (file: string) => file.replace(/^\.\//, '').replace(/\.[cm]?[jt]sx?$/, '');
  const exact = names.find((name) => withoutExtension(name) === modulePath);
  // esbuild writes each entry point's bundle under its base name, so `order.handler` comes from `src/order.ts`.
  const byBaseName = names.find((name) => path.posix.basename(withoutExtension(name)) === path.posix.basename(modulePath));
  return exact ?? byBaseName ?? (names.length === 1 ? names[0] : undefined);
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}
