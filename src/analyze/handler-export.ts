import { ts } from 'ts-morph';
import type { Finding } from '../model.js';
import type { AnalysisRun } from './analysis-run.js';
import { classifySymbol } from './classify-declaration.js';
import { EMPTY_CONTEXT, type Body } from './sdk-values.js';
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
  if (!exported) {
    const hasExports = exports.length > 0 || moduleSymbol?.exports?.has(ts.InternalSymbolName.ExportEquals);
    return hasExports
      ? { finding: { severity: 'warning', code: 'handler-not-found', message: `${entry.fileName} has no export named "${exportName}"; all of its top-level code is analysed`, at: { file: entry.fileName, line: 1, column: 1 } } }
      : {};
  }
  const value = classifySymbol(exported, EMPTY_CONTEXT, run);
  return value?.kind === 'function' ? { body: value.decl } : {};
}
