import type { Finding, PolicyDocument, Statement } from '../model.js';
import { compactPolicy } from './compact-resources.js';
import { splitPolicy } from './split-policy.js';

// Limits from https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html. IAM
// counts characters without whitespace. All inline policies of one role share the 10,240 budget,
// so splitting an inline policy into several inline ones does not help; managed policies each
// have their own 6,144 budget, and a role may have 10 of them attached by default (20 at most).

/** The total size of all inline policies of one role. */
export const ROLE_INLINE_POLICIES_LIMIT = 10_240;
/** The size of one customer managed policy. */
export const MANAGED_POLICY_LIMIT = 6_144;
/** Managed policies a role may have attached before asking for a quota increase. */
export const DEFAULT_MANAGED_POLICIES_PER_ROLE = 10;

/** The size IAM counts for a policy or statement: its minified JSON without whitespace. */
export function policySize(value: PolicyDocument | Statement): number {
  return JSON.stringify(value).replace(/\s/g, '').length;
}

/**
 * Makes `policy` fit in `limit` characters without ever silently dropping a permission:
 * 1. if it fits, it is returned as is;
 * 2. if merging the resources under one path of a statement into a wildcard (`b/k1`, `b/k2` ->
 *    `b/*`) makes it fit, that is done, each merge reported as a warning naming what it widened;
 * 3. otherwise the exact policy (no merge: widening that does not avoid a split is not worth it)
 *    is split into several documents, reported as a warning. Against the inline budget of a role
 *    the pieces are sized as managed policies, because only those can be stacked.
 */
export function fitPolicy(policy: PolicyDocument, limit: number): { policies: PolicyDocument[]; findings: Finding[] } {
  const size = policySize(policy);
  if (size <= limit) return { policies: [policy], findings: [] };
  const compacted = compactPolicy(policy, limit, policySize);
  if (compacted !== undefined) return { policies: [compacted.policy], findings: compacted.findings };

  const pieceLimit = limit === ROLE_INLINE_POLICIES_LIMIT ? MANAGED_POLICY_LIMIT : limit;
  const split = splitPolicy(policy, pieceLimit, policySize);
  const asManaged =
    pieceLimit === limit ? '' : ` A role's inline policies share one ${limit}-character budget, so attach these as managed policies.`;
  const findings: Finding[] = [
    {
      severity: 'warning',
      code: 'policy-split',
      message:
        `The policy is ${size} characters (whitespace not counted), over the ${limit}-character limit; ` +
        `it was split into ${split.policies.length} policy documents of at most ${pieceLimit} characters, granting exactly the same.` +
        asManaged,
    },
    ...split.findings,
  ];
  if (pieceLimit === MANAGED_POLICY_LIMIT && split.policies.length > DEFAULT_MANAGED_POLICIES_PER_ROLE) {
    findings.push({
      severity: 'warning',
      code: 'too-many-managed-policies',
      message: `${split.policies.length} managed policies exceed the default quota of ${DEFAULT_MANAGED_POLICIES_PER_ROLE} per role (20 after an increase).`,
    });
  }
  return { policies: split.policies, findings };
}
