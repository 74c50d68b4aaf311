import type { ExcessGrant } from '../model.js';

/** Excess grants as a reader wants them: one line per declared wildcard or per set of actions on the same resources. */
export interface ExcessGroup {
  /** `dynamodb:*` (the declared wildcard), or the exact actions joined. */
  label: string;
  actions: string[];
  resources: string[];
  statementSid?: string;
}

/**
 * Groups excess grants: everything one declared wildcard expands to becomes one group (`s3:*` on a
 * bucket is one line, not 160), and exact actions of one statement that share their resources are
 * listed together. Sorted, so the same diff reads the same way.
 */
export function groupExcess(excess: readonly ExcessGrant[]): ExcessGroup[] {
  const bySource = new Map<string, { declared?: string; actions: Set<string>; resources: Set<string>; statementSid?: string }>();
  for (const grant of excess) {
    const key = JSON.stringify([grant.statementSid ?? null, grant.declared ?? grant.action]);
    let group = bySource.get(key);
    if (!group) bySource.set(key, (group = { declared: grant.declared, actions: new Set(), resources: new Set(), statementSid: grant.statementSid }));
    group.actions.add(grant.action);
    group.resources.add(grant.resource);
  }
  const merged = new Map<string, ExcessGroup>();
  for (const group of bySource.values()) {
    const resources = [...group.resources].sort();
    const key = JSON.stringify([group.statementSid ?? null, group.declared ?? null, resources]);
    const existing = merged.get(key);
    if (existing && group.declared === undefined) {
      existing.actions.push(...group.actions);
      continue;
    }
    merged.set(key, {
      label: group.declared ?? '',
      actions: [...group.actions],
      resources,
      ...(group.statementSid === undefined ? {} : { statementSid: group.statementSid }),
    });
  }
  return [...merged.values()]
    .map((group) => {
      const actions = [...new Set(group.actions)].sort();
      return { ...group, actions, label: group.label || actions.join(', ') };
    })
    .sort((a, b) => compareText(a.label, b.label) || compareText(a.resources.join(), b.resources.join()));
}

/** `s3:* (160 actions: s3:AbortMultipartUpload, s3:BypassGovernanceRetention, …)` or the exact actions. */
export function describeExcessGroup(group: ExcessGroup, examples = 3): string {
  if (group.label === group.actions.join(', ')) return group.label;
  const shown = group.actions.slice(0, examples).join(', ');
  const more = group.actions.length > examples ? ', …' : '';
  return `${group.label} (${group.actions.length} action${group.actions.length === 1 ? '' : 's'}: ${shown}${more})`;
}

// Code-unit order, not `localeCompare`: a report is the same bytes on every machine.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
