import type { Finding } from '../../model.js';
import { evaluateString, unresolved } from './evaluate-intrinsic.js';
import type { TemplateScope } from './evaluate-intrinsic.js';
import { isRecord } from './parse-template.js';
import { generatedNamePattern, resourceTypes } from './resource-types.js';

/** The physical name of a resource: its name property evaluated, or the pattern of the name CloudFormation generates. */
export function physicalName(scope: TemplateScope, logicalId: string, path: string, findings: Finding[], visiting: string[]): string {
  const resource = scope.resources[logicalId];
  const type = resourceTypes[String(resource?.Type)];
  if (!resource || !type) return unresolved(scope, path, findings, `iamgen does not know how ${String(resource?.Type)} ${logicalId} is named`);
  if (visiting.includes(logicalId)) return unresolved(scope, path, findings, `${logicalId} refers to itself`);
  const properties = isRecord(resource.Properties) ? resource.Properties : {};
  if (type.nameProperty && properties[type.nameProperty] !== undefined) {
    const name = evaluateString(scope, properties[type.nameProperty], `Resources.${logicalId}.Properties.${type.nameProperty}`, findings, [...visiting, logicalId]);
    if (name !== undefined) return name;
  }
  return generatedNamePattern(type, logicalId, scope.stack.stackName);
}

/** What `Ref` returns for a resource of the template. */
export function refOfResource(scope: TemplateScope, logicalId: string, path: string, findings: Finding[], visiting: string[]): string {
  const type = resourceTypes[String(scope.resources[logicalId]?.Type)];
  if (!type) return unresolved(scope, path, findings, `iamgen does not know what Ref returns for ${String(scope.resources[logicalId]?.Type)} ${logicalId}`);
  return type.ref(physicalName(scope, logicalId, path, findings, visiting), scope.stack);
}

/** What `Fn::GetAtt [logicalId, attribute]` returns. */
export function getAttOfResource(scope: TemplateScope, logicalId: string, attribute: string, path: string, findings: Finding[], visiting: string[]): string {
  const resourceType = String(scope.resources[logicalId]?.Type);
  if (!(logicalId in scope.resources)) return unresolved(scope, path, findings, `Fn::GetAtt ${logicalId}.${attribute} names no resource of the template`);
  const read = resourceTypes[resourceType]?.attributes[attribute];
  if (!read) return unresolved(scope, path, findings, `iamgen does not know Fn::GetAtt ${logicalId}.${attribute} of ${resourceType}`);
  return read(physicalName(scope, logicalId, path, findings, visiting), scope.stack);
}

/** The ARN pattern of every resource of the template whose type iamgen knows, by logical id. */
export function resourceArnPatterns(scope: TemplateScope, findings: Finding[]): Record<string, string> {
  const arns: Record<string, string> = {};
  for (const logicalId of Object.keys(scope.resources).sort()) {
    const type = resourceTypes[String(scope.resources[logicalId]?.Type)];
    const arnOf = type?.arn ?? type?.attributes.Arn;
    if (!arnOf) continue;
    arns[logicalId] = arnOf(physicalName(scope, logicalId, `Resources.${logicalId}`, findings, []), scope.stack);
  }
  return arns;
}
