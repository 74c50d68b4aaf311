import type { ts } from 'ts-morph';
import type { Finding } from '../model.js';

/** A syntax error in a file, as a finding (the file is still read as far as the parser recovered). */
export function parseErrorFinding(file: ts.SourceFile): Finding | undefined {
  const diagnostics = (file as ts.SourceFile & { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics;
  const first = diagnostics?.[0];
  if (!first) return undefined;
  const { line, character } = file.getLineAndCharacterOfPosition(first.start);
  const text = typeof first.messageText === 'string' ? first.messageText : first.messageText.messageText;
  return {
    severity: 'warning',
    code: 'parse-error',
    message: `syntax error: ${text.replace(/\.$/, "")}; calls after it in this file may be missed`,
    at: { file: file.fileName, line: line + 1, column: character + 1 },
  };
}
