import path from 'node:path';
import type { Finding, FunctionResult, SourceLocation } from './model.js';

/**
 * The result with every source location relative to `cwd`, so a saved result reads the same on
 * another machine and reports print `src/handler.ts:12`, not an absolute path.
 */
export function withRelativeLocations(fn: FunctionResult, cwd: string): FunctionResult {
  const relative = (at: SourceLocation): SourceLocation => ({ ...at, file: relativeFile(at.file, cwd) });
  return {
    ...fn,
    findings: relativeFindings(fn.findings, cwd),
    calls: fn.calls.map((call) => ({ ...call, at: relative(call.at) })),
    permissions: fn.permissions.map((p) => ({ ...p, calls: p.calls.map((call) => ({ ...call, at: relative(call.at) })) })),
    ...(fn.declaredDiff
      ? { declaredDiff: { ...fn.declaredDiff, missing: fn.declaredDiff.missing.map((p) => ({ ...p, calls: p.calls.map((call) => ({ ...call, at: relative(call.at) })) })) } }
      : {}),
  };
}

export function relativeFindings(findings: Finding[], cwd: string): Finding[] {
  return findings.map((finding) => (finding.at ? { ...finding, at: { ...finding.at, file: relativeFile(finding.at.file, cwd) } } : finding));
}

// Every call of a shared library names the same few files: each is made relative once per folder.
const relativeFiles = new Map<string, Map<string, string>>();

function relativeFile(file: string, cwd: string): string {
  if (!path.isAbsolute(file)) return file;
  let byFile = relativeFiles.get(cwd);
  if (!byFile) relativeFiles.set(cwd, (byFile = new Map()));
  let relative = byFile.get(file);
  if (relative === undefined) {
    if (byFile.size >= 50_000) byFile.clear();
    relative = path.relative(cwd, file) || path.basename(file);
    byFile.set(file, relative);
  }
  return relative;
}
