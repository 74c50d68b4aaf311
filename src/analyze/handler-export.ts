import { ts } from 'ts-morph';
import type { Finding } from '../model.js';
import type { AnalysisRun } from './analysis-run.js';
import { classifySymbol } from './classify-declaration.js';
import { EMPTY_CONTEXT, type Body, type SdkValue } from './sdk-values.js';
import { moduleSymbolOf } from './syntax.js';

/**
 * The function body the handler export names, if it is one (`export const handler = async () => ...`,
 * `exports.handler = function ...`, `module.exports = { handler }`). A handler made by a call
 * (`middy(base).use(...)`) is top-level code, read with the rest of the file.
 */
export function handlerBody(entry: ts.SourceFile, exportName: string, run: AnalysisRun): { body?: Body; finding?: Finding } {
  const moduleSymbol = moduleSymbolOf(entry, run.checker);
  const exports = moduleSymbol ? run.checker.getExportsOfModule(moduleSymbol) : [];
  const exported = exports.find((symbol) => symbol.name === exportName);
  if (!exported) return otherHandler(entry, exportName, exports, run) ?? noHandler(entry, exportName, exports, moduleSymbol);
  const value = classifySymbol(exported, EMPTY_CONTEXT, run);
  return value?.kind === 'function' ? { body: value.decl } : {};
}

/**
 * Without the named export, the function a deployment would name instead: the default export
 * (`export default async function digest`, deployed as `digest.default`), else the one exported
 * function. Either is said in a note, since the deployment may name another.
 */
function otherHandler(entry: ts.SourceFile, exportName: string, exports: ts.Symbol[], run: AnalysisRun): { body: Body; finding: Finding } | undefined {
  const functions = exports
    .map((symbol) => ({ name: symbol.name, value: classifySymbol(symbol, EMPTY_CONTEXT, run) }))
    .filter((candidate): candidate is { name: string; value: Extract<SdkValue, { kind: 'function' }> } => candidate.value?.kind === 'function');
  const chosen = functions.find((candidate) => candidate.name === 'default') ?? (functions.length === 1 ? functions[0] : undefined);
  if (!chosen) return undefined;
  const which = chosen.name === 'default' ? 'the default export' : `its only exported function, "${chosen.name}",`;
  const message = `${entry.fileName} has no export named "${exportName}"; ${which} is analysed as the handler`;
  return { body: chosen.value.decl, finding: { severity: 'note', code: 'handler-assumed', message, at: { file: entry.fileName, line: 1, column: 1 } } };
}

function noHandler(entry: ts.SourceFile, exportName: string, exports: ts.Symbol[], moduleSymbol: ts.Symbol | undefined): { finding?: Finding } {
  const hasExports = exports.length > 0 || moduleSymbol?.exports?.has(ts.InternalSymbolName.ExportEquals);
  return hasExports
    ? { finding: { severity: 'warning', code: 'handler-not-found', message: `${entry.fileName} has no export named "${exportName}"; all of its top-level code is analysed`, at: { file: entry.fileName, line: 1, column: 1 } } }
    : {};
}
