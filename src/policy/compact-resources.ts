import type { Finding, PolicyDocument, Statement } from '../model.js';
import { resourcePatternCovers } from './arn-pattern-covers.js';
import { compareText } from './sort-order.js';

/** Resources of one statement that share a path, and the wildcard that would replace them. */
interface Merge {
  statementIndex: number;
  wildcard: string;
  resources: string[];
  saving: number;
}

/**
 * Merges resources under a common path into `path/*`, biggest saving first, until the policy fits
 * `limit`; `undefined` when even every merge is not enough. Only the last path level is merged:
 * `b/a/k1` and `b/a/k2` become `b/a/*`, never `b/*`, and a resource without a `/` in its resource
 * part (a bucket, a queue, a topic) is never merged, so a merge never spans a whole service.
 */
export function compactPolicy(
  policy: PolicyDocument,
  limit: number,
  sizeOf: (policy: PolicyDocument) => number,
): { policy: PolicyDocument; findings: Finding[] } | undefined {
  const statements = policy.Statement.map((statement) => ({ ...statement }));
  const findings: Finding[] = [];
  let compacted: PolicyDocument = { Version: policy.Version, Statement: statements };
  while (sizeOf(compacted) > limit) {
    const merge = bestMerge(statements);
    if (merge === undefined) return undefined;
    const statement = statements[merge.statementIndex]!;
    const kept = resourceList(statement).filter((resource) => !resourcePatternCovers(merge.wildcard, resource));
    statement.Resource = [...kept, merge.wildcard].sort(compareText);
    findings.push({
      severity: 'warning',
      code: 'policy-compacted',
      message:
        `To fit the ${limit}-character policy limit, statement ${statement.Sid ?? merge.statementIndex + 1} grants ` +
        `${merge.wildcard} instead of ${merge.resources.length} resources, which is more than the code needs: ` +
        merge.resources.join(', '),
    });
    compacted = { Version: policy.Version, Statement: statements };
  }
  return { policy: compacted, findings };
}

function bestMerge(statements: Statement[]): Merge | undefined {
  const merges: Merge[] = [];
  statements.forEach((statement, statementIndex) => {
    const byParent = new Map<string, string[]>();
    for (const resource of resourceList(statement)) {
      const parent = parentPath(resource);
      if (parent !== undefined) byParent.set(parent, [...(byParent.get(parent) ?? []), resource]);
    }
    for (const [parent, resources] of byParent) {
      if (resources.length < 2) continue;
      const wildcard = `${parent}*`;
      const saving = resources.reduce((total, resource) => total + resource.length + 3, 0) - wildcard.length - 3;
      merges.push({ statementIndex, wildcard, resources, saving });
    }
  });
  merges.sort((a, b) => b.saving - a.saving || a.statementIndex - b.statementIndex || compareText(a.wildcard, b.wildcard));
  return merges[0];
}

/** `arn:aws:s3:::b/a/k` -> `arn:aws:s3:::b/a/`; `undefined` when the resource part has no `/`. */
function parentPath(resource: string): string | undefined {
  let colons = 0;
  let resourceStart = -1;
  for (let index = 0; index < resource.length && resourceStart === -1; index++) {
    if (resource[index] === ':' && ++colons === 5) resourceStart = index + 1;
  }
  const slash = resource.lastIndexOf('/');
  if (resourceStart === -1 || slash < resourceStart) return undefined;
  return resource.slice(0, slash + 1);
}

function resourceList(statement: Statement): string[] {
  const resource = statement.Resource ?? [];
  return typeof resource === 'string' ? [resource] : [...resource];
}
