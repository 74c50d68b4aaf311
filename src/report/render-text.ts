import { describeExcessGroup, groupExcess } from './excess-groups.js';
import type { DeclaredDiff, FunctionResult, SuggestResult } from '../model.js';
import { redactResult } from './redact-result.js';
import { redactText } from './redact-secrets.js';
import { formatCondition, formatLocation, sortedCalls, sortedFindings, sortedPermissions } from './report-text.js';

/**
 * Plain text for a terminal: per function what it needs, then, when it comes from IaC, what is
 * missing from the role the IaC declares (AccessDenied at run time) and what that role grants and
 * the code never uses; then the findings.
 */
export function renderText(result: SuggestResult): string {
  const safe = redactResult(result);
  const blocks = safe.functions.map(functionText);
  if (safe.findings.length > 0) blocks.push(['Findings', ...findingLines(safe.findings)].join('\n'));
  return blocks.length === 0 ? 'No functions were found.\n' : `${blocks.join('\n\n')}\n`;
}

function functionText(fn: FunctionResult): string {
  const lines = [`${fn.name} (${fn.entry})`];
  if (fn.permissions.length === 0) lines.push('  needs no AWS permission');
  else lines.push('  needs:');
  for (const permission of sortedPermissions(fn.permissions)) {
    const condition = formatCondition(permission.condition);
    lines.push(`    ${permission.action} on ${permission.resource}${condition === '' ? '' : ` when ${condition}`}`);
  }
  if (fn.declaredDiff !== undefined) lines.push(...diffLines(fn, fn.declaredDiff));
  lines.push(...findingLines(fn.findings));
  return lines.join('\n');
}

function diffLines(fn: FunctionResult, diff: DeclaredDiff): string[] {
  const where = fn.iac === undefined ? 'the IaC' : `${fn.iac.at.file}${fn.iac.at.line === undefined ? '' : `:${fn.iac.at.line}`} ${fn.iac.at.path}`;
  const lines = [`  compared with ${where}:`];
  lines.push(diff.missing.length === 0 ? '    missing (AccessDenied at run time): none' : '    missing (AccessDenied at run time):');
  for (const permission of sortedPermissions(diff.missing)) {
    const calls = sortedCalls(permission.calls).map((call) => `${formatLocation(call.at)} ${call.operation}`);
    lines.push(`      ${permission.action} on ${permission.resource} (${calls.join(', ')})`);
  }
  lines.push(diff.excess.length === 0 ? '    excess (granted, never used): none' : '    excess (granted, never used):');
  for (const group of groupExcess(diff.excess)) {
    lines.push(`      ${describeExcessGroup(group)} on ${group.resources.join(', ')}${group.statementSid === undefined ? '' : ` [${group.statementSid}]`}`);
  }
  if (diff.unevaluated.length > 0) lines.push('    not evaluated:', ...diff.unevaluated.map((message) => `      ${redactText(message)}`));
  return lines;
}

function findingLines(findings: FunctionResult['findings']): string[] {
  return sortedFindings(findings).map((finding) => {
    const where = finding.at === undefined ? '' : ` ${formatLocation(finding.at)}`;
    return `  ${finding.severity} ${finding.code}${where}: ${finding.message}`;
  });
}
