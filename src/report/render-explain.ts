import type { Finding, FunctionResult, SuggestResult } from '../model.js';
import { redactResult } from './redact-result.js';
import type { RenderOptions } from './report-shape.js';
import { describeWhy, formatCondition, formatLocation, sortedCalls, sortedFindings, sortedPermissions } from './report-text.js';

/**
 * The plain text of `--explain`: for every permission each call that needs it (file:line) and why,
 * then every finding with its location. DESIGN.md's contract keeps stdout for the result alone, so
 * the CLI writes this to stderr, beside a JSON or YAML result on stdout.
 */
export function renderExplain(result: SuggestResult, _options: RenderOptions = {}): string {
  const safe = redactResult(result);
  const blocks = safe.functions.map(explainFunction);
  if (safe.findings.length > 0) blocks.push(['Findings', ...explainFindings(safe.findings)].join('\n'));
  return blocks.length === 0 ? 'No functions were found.\n' : `${blocks.join('\n\n')}\n`;
}

function explainFunction(fn: FunctionResult): string {
  const lines = [`${fn.name} (${fn.entry})`];
  if (fn.permissions.length === 0) lines.push('  needs no AWS permission');
  for (const permission of sortedPermissions(fn.permissions)) {
    const condition = formatCondition(permission.condition);
    lines.push(`  ${permission.action} on ${permission.resource}${condition === '' ? '' : ` when ${condition}`}`);
    for (const call of sortedCalls(permission.calls)) {
      lines.push(`    ${formatLocation(call.at)} ${call.operation} (${call.via}): ${describeWhy(permission, call)}`);
    }
  }
  lines.push(...explainFindings(fn.findings));
  return lines.join('\n');
}

function explainFindings(findings: Finding[]): string[] {
  return sortedFindings(findings).map((finding) => {
    const where = finding.at === undefined ? '' : ` ${formatLocation(finding.at)}`;
    return `  ${finding.severity} ${finding.code}${where}: ${finding.message}`;
  });
}
