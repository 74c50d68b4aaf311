import type { DeclaredDiff, ExcessGrant, NeededPermission, PolicyDocument, Statement } from '../model.js';
import { evaluateCondition, requestContext } from './evaluate-condition.js';
import { expandActionPattern } from './expand-actions.js';
import { patternsOverlap } from './pattern-overlap.js';
import { canApply } from './resource-services.js';
import { coversAction, coversResource, listOf, touchesAction, touchesResource } from './statement-scope.js';

// What the code needs against what the IaC grants the function's role, evaluated as IAM evaluates
// identity policies (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html):
// a request is allowed when some Allow statement matches it and no Deny statement does; an explicit
// Deny wins over any Allow. All the role's policies count together, as IAM unions them.

interface DeclaredStatement {
  statement: Statement;
  /** `"Sid"`, or `statement 2 of declared policy 1` when it has none, for messages. */
  label: string;
}

/**
 * `missing`: needed pairs no statement allows, or that a Deny can touch (AccessDenied at run time).
 * `excess`: granted (action, resource) pairs no needed pair uses, wildcard actions expanded to real
 * action names. `unevaluated`: managed policies (not readable offline) and conditions that cannot
 * be decided; a statement with such a condition is taken to allow (and a Deny not to deny).
 */
export async function compareDeclared(
  needed: readonly NeededPermission[],
  declared: readonly PolicyDocument[],
  managedPolicyArns: readonly string[] = [],
): Promise<DeclaredDiff> {
  const unevaluated = new Set<string>(
    managedPolicyArns.map((arn) => `Managed policy ${arn} cannot be read offline; what it grants is not compared.`),
  );
  const statements = labelled(declared);
  const allows = statements.filter(({ statement }) => statement.Effect === 'Allow');
  const denies = statements.filter(({ statement }) => statement.Effect === 'Deny');

  const missing = needed.filter((need) => {
    const context = requestContext(need.condition);
    const applies = ({ statement, label }: DeclaredStatement): boolean => {
      const outcome = evaluateCondition(statement.Condition, context);
      if (!outcome.satisfied) return false;
      if (outcome.undecided.length === 0) return true;
      // Undecidable: an Allow is taken to allow and a Deny not to deny, so neither makes up a
      // missing permission; the user is told either way.
      const allows = statement.Effect === 'Allow';
      unevaluated.add(`${label}: ${outcome.undecided.join(', ')} cannot be decided from the code; taken ${allows ? 'to allow' : 'not to deny'}.`);
      return allows;
    };
    const denied = denies.some((entry) => touchesAction(entry.statement, need.action) && touchesResource(entry.statement, need.resource) && applies(entry));
    const allowed = allows.some((entry) => coversAction(entry.statement, need.action) && coversResource(entry.statement, need.resource) && applies(entry));
    return denied || !allowed;
  });

  const excess = await excessGrants(needed, allows, denies, unevaluated);
  return { missing, excess, unevaluated: [...unevaluated] };
}

async function excessGrants(
  needed: readonly NeededPermission[],
  allows: readonly DeclaredStatement[],
  denies: readonly DeclaredStatement[],
  unevaluated: Set<string>,
): Promise<ExcessGrant[]> {
  const excess = new Map<string, ExcessGrant>();
  for (const { statement, label } of allows) {
    if (statement.Action === undefined || statement.Resource === undefined) {
      unevaluated.add(`${label} uses NotAction or NotResource; what it grants beyond the needed pairs is not listed.`);
      continue;
    }
    for (const pattern of listOf(statement.Action)) {
      const actions = await expandActionPattern(pattern);
      if (actions === undefined) unevaluated.add(`${label}: ${pattern} cannot be expanded to action names; listed as declared.`);
      for (const action of actions ?? [pattern]) {
        for (const resource of listOf(statement.Resource)) {
          const key = `${action.toLowerCase()} ${resource}`;
          if (excess.has(key) || isUsed(needed, action, resource) || isDenied(denies, action, resource)) continue;
          if (!(await canApply(action, resource))) continue;
          excess.set(key, {
            action,
            resource,
            ...(action === pattern ? {} : { declared: pattern }),
            ...(statement.Sid === undefined ? {} : { statementSid: statement.Sid }),
          });
        }
      }
    }
  }
  return [...excess.values()];
}

function isUsed(needed: readonly NeededPermission[], action: string, resource: string): boolean {
  return needed.some((need) => patternsOverlap(action, need.action, true) && patternsOverlap(resource, need.resource));
}

/** A grant an unconditional Deny fully takes back is not granted at all. */
function isDenied(denies: readonly DeclaredStatement[], action: string, resource: string): boolean {
  return denies.some(
    ({ statement }) => statement.Condition === undefined && coversAction(statement, action) && coversResource(statement, resource),
  );
}

function labelled(declared: readonly PolicyDocument[]): DeclaredStatement[] {
  return declared.flatMap((document, documentIndex) =>
    document.Statement.map((statement, statementIndex) => ({
      statement,
      label: statement.Sid ? `Statement "${statement.Sid}"` : `Statement ${statementIndex + 1} of declared policy ${documentIndex + 1}`,
    })),
  );
}
