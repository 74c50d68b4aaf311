import type { PolicyDocument, Statement } from '../../model.js';
import type { Evaluator } from './evaluate-expression.js';
import type { HclBlock, HclExpression } from './hcl/hcl-ast.js';
import { resourceName } from './references.js';
import { terraformResourceTypes } from './resource-attributes.js';
import { attributeOf, blocksOf, type Declared } from './terraform-module.js';

export interface RolePermissions {
  declaredPolicies: PolicyDocument[];
  managedPolicyArns: string[];
}

/**
 * What the folder grants the role a function's `role` points at: the role's `inline_policy` and
 * `managed_policy_arns`, `aws_iam_role_policy`, and `aws_iam_role_policy_attachment` (a policy of
 * the folder is expanded; any other ARN is listed as managed).
 */
export function rolePermissions(evaluator: Evaluator, role: HclExpression | undefined, file: string): RolePermissions {
  const permissions: RolePermissions = { declaredPolicies: [], managedPolicyArns: [] };
  const roleAddress = role ? roleAddressOf(evaluator, role, file) : undefined;
  if (!roleAddress) return permissions;
  const roleBlock = evaluator.module.resources.get(roleAddress)!;
  const roleName = resourceName(evaluator, roleAddress);
  const isThisRole = (expression: HclExpression | undefined, where: string): boolean => {
    if (!expression) return false;
    if (expression.kind === 'traversal') return `${expression.root}.${expression.steps[0]?.kind === 'attribute' ? expression.steps[0].name : ''}` === roleAddress;
    const value = evaluator.evaluate(expression, where);
    return value === roleName || value === terraformResourceTypes.aws_iam_role!.attributes.arn!(roleName, evaluator.context);
  };

  for (const inline of blocksOf(roleBlock.value, 'inline_policy')) addDocument(evaluator, permissions, attributeOf(inline, 'policy'), roleBlock.file);
  const managed = attributeOf(roleBlock.value, 'managed_policy_arns');
  if (managed?.kind === 'tuple') for (const item of managed.items) addAttachment(evaluator, permissions, item, roleBlock.file);

  for (const [address, declared] of evaluator.module.resources) {
    const type = address.slice(0, address.indexOf('.'));
    const block = declared.value;
    if (type === 'aws_iam_role_policy' && isThisRole(attributeOf(block, 'role'), declared.file)) {
      addDocument(evaluator, permissions, attributeOf(block, 'policy'), declared.file);
    } else if (type === 'aws_iam_role_policy_attachment' && isThisRole(attributeOf(block, 'role'), declared.file)) {
      addAttachment(evaluator, permissions, attributeOf(block, 'policy_arn'), declared.file);
    } else if (type === 'aws_iam_policy_attachment' && attachesTo(attributeOf(block, 'roles'), (item) => isThisRole(item, declared.file))) {
      addAttachment(evaluator, permissions, attributeOf(block, 'policy_arn'), declared.file);
    }
  }
  return permissions;
}

/** The `aws_iam_role` of the folder that `role` names, by reference or by its name or ARN. */
function roleAddressOf(evaluator: Evaluator, role: HclExpression, file: string): string | undefined {
  if (role.kind === 'traversal' && role.root === 'aws_iam_role' && role.steps[0]?.kind === 'attribute') {
    const address = `aws_iam_role.${role.steps[0].name}`;
    if (evaluator.module.resources.has(address)) return address;
  }
  const value = evaluator.evaluate(role, file);
  for (const address of evaluator.module.resources.keys()) {
    if (!address.startsWith('aws_iam_role.')) continue;
    const name = resourceName(evaluator, address);
    if (value === name || value === terraformResourceTypes.aws_iam_role!.attributes.arn!(name, evaluator.context)) return address;
  }
  evaluator.findings.push({
    severity: 'note',
    code: 'role-not-in-folder',
    message: `${file}:${role.line}: the function's role is not an aws_iam_role of this folder; what it grants is not known`,
    at: { file, line: role.line, column: 1 },
  });
  return undefined;
}

function attachesTo(roles: HclExpression | undefined, isThisRole: (item: HclExpression) => boolean): boolean {
  return roles?.kind === 'tuple' && roles.items.some(isThisRole);
}

function addAttachment(evaluator: Evaluator, permissions: RolePermissions, policyArn: HclExpression | undefined, file: string): void {
  if (!policyArn) return;
  const local = localPolicy(evaluator, policyArn);
  if (local) {
    addDocument(evaluator, permissions, attributeOf(local.value, 'policy'), local.file);
    return;
  }
  const arn = evaluator.evaluate(policyArn, file);
  permissions.managedPolicyArns.push(typeof arn === 'string' ? arn : '*');
}

function localPolicy(evaluator: Evaluator, policyArn: HclExpression): Declared<HclBlock> | undefined {
  if (policyArn.kind !== 'traversal' || policyArn.root !== 'aws_iam_policy' || policyArn.steps[0]?.kind !== 'attribute') return undefined;
  return evaluator.module.resources.get(`aws_iam_policy.${policyArn.steps[0].name}`);
}

function addDocument(evaluator: Evaluator, permissions: RolePermissions, policy: HclExpression | undefined, file: string): void {
  if (!policy) return;
  const text = evaluator.evaluate(policy, file);
  try {
    if (typeof text !== 'string') throw new Error('not a string');
    const parsed = JSON.parse(text) as { Statement?: Statement | Statement[] };
    permissions.declaredPolicies.push({ Version: '2012-10-17', Statement: [parsed.Statement ?? []].flat() });
  } catch {
    evaluator.cannotEvaluate('the policy document', file, policy.line);
  }
}
