// Which of an action's resource types a generated rule uses. The Service Reference lists every type
// an action can be authorized on; a call names one of them. The rules:
//  1. Drop access-point, Object Lambda, multi-region and Outposts variants when a plain type remains
//     and the variant is not required: a call reaches them only when the code passes an access point
//     ARN as the bucket (https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-policies.html).
//  2. When some types are required, keep the required ones and those that extend a required type's
//     ARN by one variable (DynamoDB table -> table/index): the optional types are alternatives a call
//     selects with a parameter (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/specifying-conditions.html).
//     With none required, keep all that remain.
//  3. A type whose ARN extends another kept type's ARN by one variable V applies when V is given:
//     the longer gets `present V`, the shorter `absent V` (Query with IndexName is authorized on the index).
import type { SrService } from './read-service-reference.js';

const variantType = /accesspoint|objectlambda|multiregion|outpost/i;

export interface ChosenType {
  /** Resource type name in the prefix's file ("object"). */
  name: string;
  arnFormat: string;
  /** Guard from rule 3: the ARN variable whose presence selects between a type and its extension. */
  extends?: { variable: string; present: boolean };
}

export function chooseResourceTypes(service: SrService, types: string[], required: Set<string>): ChosenType[] {
  const known = types.filter((t) => (service.resourceTypes.get(t) ?? []).length > 0);
  const plain = known.filter((t) => !variantType.test(t));
  const afterVariants = plain.length > 0 ? known.filter((t) => !variantType.test(t) || required.has(t)) : known;
  const requiredKept = afterVariants.filter((t) => required.has(t));
  const kept =
    requiredKept.length > 0
      ? afterVariants.filter((t) => required.has(t) || requiredKept.some((r) => extensionVariable(format(service, r), format(service, t))))
      : afterVariants;
  return kept.map((name) => {
    const arnFormat = format(service, name);
    const chosen: ChosenType = { name, arnFormat };
    for (const other of kept) {
      const longer = extensionVariable(arnFormat, format(service, other));
      if (longer) chosen.extends = { variable: longer, present: false };
      const shorter = extensionVariable(format(service, other), arnFormat);
      if (shorter) chosen.extends = { variable: shorter, present: true };
    }
    return chosen;
  });
}

function format(service: SrService, type: string): string {
  return service.resourceTypes.get(type)?.[0] ?? '';
}

/** The one variable `longer` adds after `shorter` ("…/table/${TableName}" + "/index/${IndexName}" -> "IndexName"). */
export function extensionVariable(shorter: string, longer: string): string | undefined {
  if (shorter === '' || longer === shorter || !longer.startsWith(shorter)) return undefined;
  const rest = longer.slice(shorter.length);
  if (!/^[/:]/.test(rest)) return undefined;
  const variables = [...rest.matchAll(/\$\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  return variables.length === 1 ? variables[0] : undefined;
}
