import type { Finding, PolicyDocument, Statement } from '../model.js';

// Shapes from https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html and
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html. Deliberately about shape,
// not about whether a service or action exists: that is the action maps' job.
const ACTION = /^(\*|[a-z0-9-]+:[A-Za-z0-9*?]+)$/i;
const SID = /^[A-Za-z0-9]*$/;
// arn:partition:service:region:account:resource; region and account may be empty (S3) or wildcards.
const ARN = /^arn:[a-z*?-]+:[a-z0-9*?-]+:[a-z0-9*?-]*:([0-9*?]*|aws):.+$/;
const OPERATOR = /^[A-Za-z]+(:[A-Za-z]+)?$/;

/** Problems that would make IAM reject `policy` or grant something else than meant; `[]` if none. */
export function validatePolicy(policy: PolicyDocument): Finding[] {
  const problems: string[] = [];
  if (policy.Version !== '2012-10-17') problems.push(`Version is ${JSON.stringify(policy.Version)}, not "2012-10-17"`);
  if (!Array.isArray(policy.Statement)) problems.push('Statement is not a list');
  else {
    const seenSids = new Set<string>();
    policy.Statement.forEach((statement, index) => {
      const name = statement.Sid === undefined ? `statement ${index + 1}` : `statement ${statement.Sid}`;
      for (const problem of statementProblems(statement, seenSids)) problems.push(`${name}: ${problem}`);
    });
  }
  return problems.map((message) => ({ severity: 'error', code: 'invalid-policy', message }));
}

function statementProblems(statement: Statement, seenSids: Set<string>): string[] {
  const problems: string[] = [];
  if (statement.Sid !== undefined) {
    if (!SID.test(statement.Sid)) problems.push(`Sid ${JSON.stringify(statement.Sid)} may hold only letters and digits`);
    if (seenSids.has(statement.Sid)) problems.push(`Sid ${JSON.stringify(statement.Sid)} is used twice`);
    seenSids.add(statement.Sid);
  }
  if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') {
    problems.push(`Effect is ${JSON.stringify(statement.Effect)}, not "Allow" or "Deny"`);
  }
  problems.push(...exactlyOne(statement, 'Action', 'NotAction', (action) => ACTION.test(action), 'action'));
  problems.push(...exactlyOne(statement, 'Resource', 'NotResource', (resource) => resource === '*' || ARN.test(resource), 'resource'));
  for (const [operator, block] of Object.entries(statement.Condition ?? {})) {
    if (!OPERATOR.test(operator)) problems.push(`condition operator ${JSON.stringify(operator)} is malformed`);
    for (const [key, value] of Object.entries(block)) {
      if (Array.isArray(value) && value.length === 0) problems.push(`condition ${operator} ${key} has no value`);
    }
  }
  return problems;
}

function exactlyOne(
  statement: Statement,
  element: 'Action' | 'Resource',
  negated: 'NotAction' | 'NotResource',
  isWellFormed: (value: string) => boolean,
  what: string,
): string[] {
  const present = [element, negated].filter((name) => statement[name] !== undefined);
  if (present.length !== 1) return [`needs exactly one of ${element} and ${negated}`];
  const raw = statement[present[0] as typeof element]!;
  const values = typeof raw === 'string' ? [raw] : raw;
  if (values.length === 0) return [`${present[0]} is empty`];
  return values.filter((value) => !isWellFormed(value)).map((value) => `${what} ${JSON.stringify(value)} is malformed`);
}
