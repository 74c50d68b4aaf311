import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FunctionSource } from '../../analyze/cdk/cdk-source-model.js';
import type { Finding } from '../../model.js';

const sourceExtensions = ['.ts', '.js', '.mjs', '.mts', '.cts', '.cjs'];

export type EntryResult = { entry: string; handlerExport: string; finding?: Finding } | { finding: Finding };

/**
 * The source file a function's handler lives in and the export it names. `NodejsFunction` bundles
 * `entry` (default: `<defining file>.<id>.ts` beside the file that creates it) and calls `handler`
 * (default `handler`); `lambda.Function` runs `<module>.<export>` from its `Code.fromAsset` folder.
 * Relative paths are relative to the app root, where `cdk` runs.
 */
export function functionEntry(source: FunctionSource, appRoot: string): EntryResult {
  const at = source.construct.at;
  const fail = (code: string, message: string): EntryResult => ({ finding: { severity: 'error', code, message, at } });
  const id = source.construct.id;
  if (source.construct.type === 'aws-lambda-nodejs.NodejsFunction') {
    const handlerExport = typeof source.handler === 'string' ? source.handler.slice(source.handler.lastIndexOf('.') + 1) : 'handler';
    if (source.entry === undefined) {
      const stem = at.file.replace(/\.[cm]?[jt]sx?$/, '');
      const candidates = sourceExtensions.map((extension) => `${stem}.${id}${extension}`);
      return checked(candidates.find(isFile) ?? (candidates[0] as string), handlerExport, id, at);
    }
    if (typeof source.entry !== 'string') return fail('unresolved-entry', `the entry of function ${id} cannot be told from the code`);
    return checked(path.resolve(appRoot, source.entry), handlerExport, id, at);
  }
  if (source.codeAsset === undefined) {
    return fail('unsupported-code', `function ${id} takes its code from ${source.otherCode ?? 'somewhere iamgen cannot read'}, not from a folder of the app`);
  }
  if (typeof source.codeAsset !== 'string' || typeof source.handler !== 'string') {
    return fail('unresolved-entry', `the code folder or handler of function ${id} cannot be told from the code`);
  }
  const dot = source.handler.lastIndexOf('.');
  const moduleStem = path.resolve(appRoot, source.codeAsset, source.handler.slice(0, dot));
  const candidates = sourceExtensions.map((extension) => moduleStem + extension);
  return checked(candidates.find(isFile) ?? (candidates[0] as string), source.handler.slice(dot + 1), id, at);
}

function checked(entry: string, handlerExport: string, id: string, at: FunctionSource['construct']['at']): EntryResult {
  if (isFile(entry)) return { entry, handlerExport };
  return { entry, handlerExport, finding: { severity: 'error', code: 'missing-handler', message: `the handler file of function ${id} does not exist: ${entry}`, at } };
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}
