import type { Finding } from '../../model.js';
import { evaluateString } from './evaluate-intrinsic.js';
import type { TemplateScope } from './evaluate-intrinsic.js';
import { isRecord } from './parse-template.js';
import { managedPolicyArn, policyDocument } from './sam-policies.js';
import type { DeclaredPermissions } from './sam-policies.js';

/** The logical id of the template's role that a function's `Role` (`!GetAtt R.Arn`, `!Ref R`) points at. */
export function roleLogicalId(scope: TemplateScope, role: unknown): string | undefined {
  if (!isRecord(role)) return undefined;
  const getAtt = role['Fn::GetAtt'];
  const target = Array.isArray(getAtt) ? getAtt[0] : role.Ref;
  return typeof target === 'string' && scope.resources[target]?.Type === 'AWS::IAM::Role' ? target : undefined;
}

/**
 * What a function's `Role` grants: the role's own `Policies` and `ManagedPolicyArns`, and the
 * `AWS::IAM::Policy` / `ManagedPolicy` / `RolePolicy` resources that attach to it. A role from outside
 * the template is a note: its policies are not known offline.
 */
export function rolePermissions(scope: TemplateScope, role: unknown, path: string, findings: Finding[]): DeclaredPermissions {
  const logicalId = roleLogicalId(scope, role);
  if (logicalId === undefined) {
    const arn = evaluateString(scope, role, path, findings) ?? '*';
    const line = scope.template.lineOf(path) ?? 1;
    findings.push({ severity: 'note', code: 'external-role', message: `${scope.file}:${line}: the role ${arn} is not defined in the template; what it grants is not known offline`, at: { file: scope.file, line, column: 1 } });
    return { policies: [], managedPolicyArns: [] };
  }
  const rolePath = `Resources.${logicalId}.Properties`;
  const properties = isRecord(scope.resources[logicalId]?.Properties) ? (scope.resources[logicalId]?.Properties as Record<string, unknown>) : {};
  const declared: DeclaredPermissions = { policies: [], managedPolicyArns: [] };
  const inline = Array.isArray(properties.Policies) ? properties.Policies : [];
  inline.forEach((policy, index) => {
    if (isRecord(policy)) declared.policies.push(policyDocument(scope, policy.PolicyDocument, `${rolePath}.Policies.${index}.PolicyDocument`, findings));
  });
  const managed = Array.isArray(properties.ManagedPolicyArns) ? properties.ManagedPolicyArns : [];
  managed.forEach((arn, index) => {
    const target = isRecord(arn) && typeof arn.Ref === 'string' ? scope.resources[arn.Ref] : undefined;
    if (target?.Type === 'AWS::IAM::ManagedPolicy' && isRecord(target.Properties) && isRecord(arn)) {
      declared.policies.push(policyDocument(scope, target.Properties.PolicyDocument, `Resources.${String(arn.Ref)}.Properties.PolicyDocument`, findings));
      return;
    }
    const resolved = evaluateString(scope, arn, `${rolePath}.ManagedPolicyArns.${index}`, findings);
    if (resolved !== undefined) declared.managedPolicyArns.push(managedPolicyArn(resolved, scope.stack.partition));
  });
  declared.policies.push(...attachedPolicies(scope, logicalId, findings));
  return declared;
}

/** Policy resources that name the role in `Roles: [!Ref R]` (or `RoleName: !Ref R`), in template order. */
export function attachedPolicies(scope: TemplateScope, roleLogicalIdToFind: string, findings: Finding[]) {
  const isTheRole = (value: unknown) => isRecord(value) && value.Ref === roleLogicalIdToFind;
  return Object.entries(scope.resources)
    .filter(([, resource]) => ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy'].includes(String(resource.Type)))
    .filter(([, resource]) => {
      const properties = isRecord(resource.Properties) ? resource.Properties : {};
      return (Array.isArray(properties.Roles) && properties.Roles.some(isTheRole)) || isTheRole(properties.RoleName);
    })
    .map(([logicalId, resource]) => policyDocument(scope, (resource.Properties as Record<string, unknown>).PolicyDocument, `Resources.${logicalId}.Properties.PolicyDocument`, findings));
}
