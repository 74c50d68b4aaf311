import { describeExcessGroup, groupExcess } from './excess-groups.js';
import type { DeclaredDiff, Finding, FunctionResult, NeededPermission, SuggestResult } from '../model.js';
import { redactResult } from './redact-result.js';
import { redactText } from './redact-secrets.js';
import type { RenderOptions } from './report-shape.js';
import { describeWhy, formatCondition, formatLocation, sortedCalls, sortedFindings, sortedPermissions } from './report-text.js';

/**
 * GitHub-flavoured markdown for a pull-request comment: per function a heading, a table of the
 * permissions with the calls that need them and why, the policy as a JSON block, and the findings.
 * Always explains, so `options` changes nothing; it is accepted to keep one renderer signature.
 */
export function renderMarkdown(result: SuggestResult, _options: RenderOptions = {}): string {
  const safe = redactResult(result);
  const sections = safe.functions.map(renderFunction);
  if (safe.functions.length === 0) sections.push('No functions were found.\n');
  if (safe.findings.length > 0) sections.push(`## Findings\n\n${renderFindings(safe.findings)}`);
  return `# IAM policies suggested by iamgen\n\n${sections.join('\n')}`;
}

function renderFunction(fn: FunctionResult): string {
  const lines = [`## ${escapeText(fn.name)}`, '', `Entry: ${code(fn.entry)}`, ''];
  if (fn.permissions.length === 0) lines.push('No AWS permissions are needed.', '');
  else {
    lines.push('| Action | Resource | Condition | Needed by | Why |', '| --- | --- | --- | --- | --- |');
    for (const permission of sortedPermissions(fn.permissions)) lines.push(permissionRow(permission));
    lines.push('');
  }
  lines.push('```json', JSON.stringify(fn.policy, null, 2), '```', '');
  if (fn.declaredDiff !== undefined) lines.push(...renderDeclaredDiff(fn, fn.declaredDiff));
  if (fn.findings.length > 0) lines.push('### Findings', '', renderFindings(fn.findings));
  return lines.join('\n');
}

function permissionRow(permission: NeededPermission): string {
  const calls = sortedCalls(permission.calls);
  const condition = formatCondition(permission.condition);
  const cells = [
    code(permission.action),
    code(permission.resource),
    condition === '' ? '' : code(condition),
    calls.map((call) => `${code(formatLocation(call.at))} ${escapeText(call.operation)}`).join('<br>'),
    [...new Set(calls.map((call) => escapeText(describeWhy(permission, call))))].join('<br>'),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** What the IaC grants today against what the code needs: the two ways the deployed role is wrong. */
function renderDeclaredDiff(fn: FunctionResult, diff: DeclaredDiff): string[] {
  const where = fn.iac === undefined ? 'the IaC' : `${code(fn.iac.at.file)} (${code(fn.iac.at.path)})`;
  const lines = [`### Compared with ${where}`, '', '#### Missing (AccessDenied at run time)', ''];
  if (diff.missing.length === 0) lines.push('Nothing is missing.', '');
  else {
    lines.push('| Action | Resource | Needed by |', '| --- | --- | --- |');
    for (const permission of sortedPermissions(diff.missing)) {
      const calls = sortedCalls(permission.calls).map((call) => `${code(formatLocation(call.at))} ${escapeText(call.operation)}`);
      lines.push(`| ${code(permission.action)} | ${code(permission.resource)} | ${calls.join('<br>')} |`);
    }
    lines.push('');
  }
  lines.push('#### Excess (granted, never used)', '');
  if (diff.excess.length === 0) lines.push('Nothing is excess.', '');
  else {
    lines.push('| Actions | Resources | Statement |', '| --- | --- | --- |');
    for (const group of groupExcess(diff.excess)) {
      lines.push(`| ${code(describeExcessGroup(group))} | ${group.resources.map(code).join('<br>')} | ${group.statementSid === undefined ? '' : code(group.statementSid)} |`);
    }
    lines.push('');
  }
  if (diff.unevaluated.length > 0) {
    lines.push('#### Not evaluated', '', ...diff.unevaluated.map((message) => `- ${escapeText(redactText(message))}`), '');
  }
  return lines;
}

function renderFindings(findings: Finding[]): string {
  const items = sortedFindings(findings).map((finding) => {
    const where = finding.at === undefined ? '' : `${code(formatLocation(finding.at))} `;
    return `- ${where}**${finding.severity}** ${code(finding.code)}: ${escapeText(finding.message)}`;
  });
  return `${items.join('\n')}\n`;
}

/** A code span that survives a table cell: pipes escaped, newlines flattened, backticks fenced. */
function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  return flat.includes('`') ? `\`\` ${flat} \`\`` : `\`${flat}\``;
}

/** Plain text that cannot break a table row or start markup. */
function escapeText(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/([\\`*_[\]<>|])/g, '\\$1');
}
