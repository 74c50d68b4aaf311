// An ARN of a policy, rewritten for the IaC it will be pasted into: a resource of the same
// template is named by reference (`!GetAtt Orders.Arn`, `aws_dynamodb_table.orders.arn`) instead of
// by its ARN, so the policy follows the resource when its name changes; the partition, and the
// account and region the template deploys to, become pseudo parameters (`${AWS::Partition}`).

/** A piece of an ARN: literal text, a pseudo parameter, or a reference to a resource of the template. */
export type ArnPart =
  | { text: string }
  | { pseudo: 'Partition' | 'Region' | 'AccountId' }
  /** With `attribute`: that attribute of the resource (`Fn::GetAtt`); without: `Ref`. */
  | { resource: string; attribute?: string };

export type ReferenceStyle = 'cloudformation' | 'terraform' | 'pseudo-only';

// CloudFormation types whose `Ref` is their ARN and which have no `Arn` attribute; every other
// resource iamgen refers to (tables, buckets, queues, functions, keys, streams, ...) has `Arn`.
const REF_IS_ARN_SERVICES = new Set(['sns', 'secretsmanager']);
// SSM parameters have neither: their `Ref` is the name and there is no ARN attribute.
const UNREFERENCEABLE_SERVICES = new Set(['ssm']);

const WILDCARD = /[*?]/;

/**
 * The parts of `arn` in `style`. `resourceArns` maps each of the template's resources (logical id,
 * or Terraform address) to its ARN pattern. A pseudo parameter replaces the account or region only
 * when the template's own resources all live in that one account or region: a concrete account
 * elsewhere in the policy may be another account, and stays as written.
 */
export function arnParts(arn: string, resourceArns: Readonly<Record<string, string>>, style: ReferenceStyle): ArnPart[] {
  if (style !== 'pseudo-only') {
    const match = ownResource(arn, resourceArns);
    if (match !== undefined) {
      const [id, pattern] = match;
      const service = pattern.split(':')[2] ?? '';
      const reference: ArnPart =
        style === 'terraform' ? { resource: id, attribute: 'arn' } : REF_IS_ARN_SERVICES.has(service) ? { resource: id } : { resource: id, attribute: 'Arn' };
      const rest = arn.slice(pattern.length);
      return rest === '' ? [reference] : [reference, { text: rest }];
    }
  }
  if (style === 'terraform') return [{ text: arn }];
  return pseudoParameterParts(arn, templateHome(resourceArns));
}

/** The longest of the template's ARN patterns that `arn` is, or starts with followed by `/` or `:`. */
function ownResource(arn: string, resourceArns: Readonly<Record<string, string>>): [string, string] | undefined {
  let best: [string, string] | undefined;
  for (const [id, pattern] of Object.entries(resourceArns).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (UNREFERENCEABLE_SERVICES.has(pattern.split(':')[2] ?? '')) continue;
    const fits = arn === pattern || (arn.startsWith(pattern) && /^[/:]/.test(arn.slice(pattern.length)));
    if (fits && (best === undefined || pattern.length > best[1].length)) best = [id, pattern];
  }
  return best;
}

function templateHome(resourceArns: Readonly<Record<string, string>>): { region?: string; account?: string } {
  const only = (index: number): string | undefined => {
    // S3 ARNs have neither region nor account; they say nothing about where the template deploys.
    const values = new Set(Object.values(resourceArns).map((pattern) => pattern.split(':')[index] ?? '').filter((value) => value !== ''));
    const [value] = values;
    return values.size === 1 && value !== undefined && !WILDCARD.test(value) ? value : undefined;
  };
  return { region: only(3), account: only(4) };
}

function pseudoParameterParts(arn: string, home: { region?: string; account?: string }): ArnPart[] {
  const segments = arn.split(':');
  if (segments[0] !== 'arn' || segments.length < 6) return [{ text: arn }];
  const [, partition, service, region, account] = segments;
  const parts: ArnPart[] = [{ text: 'arn:' }];
  // A template deploys into one partition, and a role can only reach resources in its own.
  parts.push(partition === undefined || WILDCARD.test(partition) ? { text: partition ?? '' } : { pseudo: 'Partition' });
  parts.push({ text: `:${service}:` });
  parts.push(region !== undefined && region === home.region ? { pseudo: 'Region' } : { text: region ?? '' });
  parts.push({ text: ':' });
  parts.push(account !== undefined && account === home.account ? { pseudo: 'AccountId' } : { text: account ?? '' });
  parts.push({ text: `:${segments.slice(5).join(':')}` });
  return mergeText(parts);
}

function mergeText(parts: ArnPart[]): ArnPart[] {
  const merged: ArnPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if ('text' in part && last !== undefined && 'text' in last) merged[merged.length - 1] = { text: last.text + part.text };
    else if (!('text' in part) || part.text !== '') merged.push(part);
  }
  return merged;
}
