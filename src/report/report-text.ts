import type { CallSite, Condition, Finding, NeededPermission, SourceLocation } from '../model.js';

// Small text helpers shared by the human-readable reports. Sorting compares code units, never
// `localeCompare`, so a report is the same bytes on every machine.

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `src/handler.ts:12`: what editors, terminals and GitHub turn into a link. */
export function formatLocation(at: SourceLocation): string {
  return `${at.file}:${at.line}`;
}

/** `StringEquals kms:ViaService=s3.us-east-1.amazonaws.com`; several values are joined with `, `. */
export function formatCondition(condition: Condition | undefined): string {
  if (condition === undefined) return '';
  const parts: string[] = [];
  for (const [operator, block] of Object.entries(condition)) {
    for (const [key, value] of Object.entries(block)) {
      parts.push(`${operator} ${key}=${typeof value === 'string' ? value : value.join(', ')}`);
    }
  }
  return parts.join('; ');
}

/** Permissions by action (case-insensitive, as IAM reads them), then resource, then condition. */
export function sortedPermissions(permissions: readonly NeededPermission[]): NeededPermission[] {
  return [...permissions].sort(
    (a, b) =>
      compareText(a.action.toLowerCase(), b.action.toLowerCase()) ||
      compareText(a.resource, b.resource) ||
      compareText(formatCondition(a.condition), formatCondition(b.condition)),
  );
}

/** Call sites in source order. */
export function sortedCalls(calls: readonly CallSite[]): CallSite[] {
  return [...calls].sort(
    (a, b) => compareText(a.at.file, b.at.file) || a.at.line - b.at.line || a.at.column - b.at.column,
  );
}

/** Findings by severity (errors first), then location, then code. */
export function sortedFindings(findings: readonly Finding[]): Finding[] {
  const rank = { error: 0, warning: 1, note: 2 } as const;
  return [...findings].sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      compareText(a.at?.file ?? '', b.at?.file ?? '') ||
      (a.at?.line ?? 0) - (b.at?.line ?? 0) ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
}

/**
 * Why a call needs a permission: the action map's reason for that call (`HeadObject is authorized
 * as s3:GetObject`), else the permission's, else the plain case of an action named like the operation.
 */
export function describeWhy(permission: NeededPermission, call: CallSite): string {
  return call.why ?? permission.why ?? `${call.operation} needs ${permission.action}`;
}
