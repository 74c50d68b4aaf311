import type { DiscoveredFunction, Finding } from '../../model.js';
import type { SynthesizedFunction } from './synthesized-functions.js';

// Findings of the source reading about what the template now gives instead: its grants and policies.
const declaredFindingCodes = new Set(['unknown-grant', 'unresolved-policy', 'condition-ignored']);

/**
 * A function read from the app's source and found again in a synthesized template. The source gives
 * what only it knows: the TypeScript entry, the handler, the construct id as name, where the construct
 * is created. The template gives what synthesis made exact: the policies `grant*` really attached to
 * the role, its managed policies, the event source mappings, the stack's resources by logical id, and
 * the environment, value by value, where it is at least as exact as the source's.
 */
export function mergeSynthesized(source: DiscoveredFunction, synthesized: SynthesizedFunction, name: string): DiscoveredFunction {
  const template = synthesized.function;
  const env: Record<string, string> = {};
  const fromSource = new Set<string>();
  for (const key of [...new Set([...Object.keys(source.env), ...Object.keys(template.env)])].sort()) {
    const [sourceValue, templateValue] = [source.env[key], template.env[key]];
    if (templateValue === undefined || (sourceValue !== undefined && moreExact(sourceValue, templateValue))) {
      env[key] = sourceValue as string;
      fromSource.add(key);
    } else env[key] = templateValue;
  }
  // An unresolved value of the source stays reported only where the source's value is kept.
  const replacedEnv = (finding: Finding) => finding.code === 'unresolved-env' && Object.keys(env).some((key) => !fromSource.has(key) && finding.message.startsWith(`${key} of `));
  const sourceFindings = source.findings.filter((finding) => !declaredFindingCodes.has(finding.code) && !replacedEnv(finding));
  const { region = source.region, account = source.account } = synthesized.stack;
  return {
    ...source,
    name,
    env,
    declaredPolicies: template.declaredPolicies,
    managedPolicyArns: template.managedPolicyArns,
    resourceArns: template.resourceArns,
    triggers: template.triggers ?? [],
    findings: [...sourceFindings, ...template.findings],
    ...(region ? { region } : {}),
    ...(account ? { account } : {}),
  };
}

/**
 * Whether the source's value is strictly more exact than the template's. The template's usually is:
 * it has the stack's name and the logical ids generated names are built from
 * (`shopstack-receipts8f3e2a71-*` against `*-receipts*`). The source's wins where the template
 * holds a wildcard the source fills, e.g. an `Fn::ImportValue` of a name the source spells out.
 */
function moreExact(sourceValue: string, templateValue: string): boolean {
  const wildcards = (value: string) => (value.match(/\*/g) ?? []).length;
  const literal = (value: string) => value.replace(/[*?]/g, '').length;
  if (wildcards(sourceValue) !== wildcards(templateValue)) return wildcards(sourceValue) < wildcards(templateValue);
  return literal(sourceValue) > literal(templateValue);
}

