import type { CallContext } from './model.js';

export interface CallContextSettings {
  account?: string;
  region?: string;
  partition?: string;
}

/** The ARN context from explicit settings, then the environment, then `*` (the partition from the region, else `aws`). */
export function callContextFrom(settings: CallContextSettings, env: Record<string, string | undefined> = {}): CallContext {
  // An environment variable set to the empty string counts as not set.
  const region = settings.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || '*';
  return {
    partition: settings.partition || partitionOf(region),
    region,
    account: settings.account || env.AWS_ACCOUNT_ID || '*',
  };
}

// Region name prefixes of the non-commercial partitions:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  return 'aws';
}
