import type { Finding, PolicyDocument, Statement } from '../model.js';

/**
 * Splits `policy` into documents of at most `limit` characters that together grant exactly what it
 * grants. Statements keep their order and are packed greedily; a statement too big for a document
 * of its own is cut into parts by resources, then by actions, the parts named `<Sid>Part2`, ...
 * A part that still does not fit (one action on one resource longer than the limit) is kept in a
 * document of its own and reported as an error: it is never dropped.
 */
export function splitPolicy(
  policy: PolicyDocument,
  limit: number,
  sizeOf: (policy: PolicyDocument) => number,
): { policies: PolicyDocument[]; findings: Finding[] } {
  const documentOf = (statements: Statement[]): PolicyDocument => ({ Version: policy.Version, Statement: statements });
  const fits = (statements: Statement[]): boolean => sizeOf(documentOf(statements)) <= limit;
  const findings: Finding[] = [];

  const pieces: Statement[] = [];
  for (const statement of policy.Statement) {
    const parts = cutToFit(statement, fits);
    parts.forEach((part, index) => {
      if (index > 0 && statement.Sid !== undefined) part.Sid = `${statement.Sid}Part${index + 1}`;
      if (!fits([part])) {
        findings.push({
          severity: 'error',
          code: 'policy-too-large',
          message: `Statement ${part.Sid ?? ''} alone is longer than the ${limit}-character limit; it is kept whole and IAM will reject it.`,
        });
      }
      pieces.push(part);
    });
  }

  const documents: Statement[][] = [];
  for (const piece of pieces) {
    const current = documents[documents.length - 1];
    if (current !== undefined && fits([...current, piece])) current.push(piece);
    else documents.push([piece]);
  }
  return { policies: documents.map(documentOf), findings };
}

/**
 * The statement cut into as few parts as greedy filling gives, by resources first; a part with one
 * resource that is still too big is cut again by actions.
 */
function cutToFit(statement: Statement, fits: (statements: Statement[]) => boolean): Statement[] {
  if (fits([statement])) return [{ ...statement }];
  for (const element of ['Resource', 'Action'] as const) {
    const raw = statement[element];
    const values = raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;
    if (values.length < 2) continue;
    const groups: string[][] = [];
    let current: string[] = [];
    for (const value of values) {
      const candidate = [...current, value];
      if (current.length > 0 && !fits([{ ...statement, [element]: candidate }])) {
        groups.push(current);
        current = [value];
      } else current = candidate;
    }
    groups.push(current);
    return groups.flatMap((group) => cutToFit({ ...statement, [element]: group }, fits));
  }
  return [{ ...statement }];
}
