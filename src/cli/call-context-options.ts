import type { Argv } from 'yargs';
import type { CallContext } from '../model.js';

export interface CallContextArgs {
  account?: string;
  region?: string;
  partition?: string;
}

/** --account, --region and --partition, shared by the commands that build ARNs. */
export function withCallContextOptions<T>(yargs: Argv<T>): Argv<T & CallContextArgs> {
  return yargs
    .option('account', { type: 'string', describe: 'AWS account id for ARNs (default: $AWS_ACCOUNT_ID, else *)' })
    .option('region', { type: 'string', describe: 'AWS region for ARNs (default: $AWS_REGION or $AWS_DEFAULT_REGION, else *)' })
    .option('partition', { type: 'string', describe: 'AWS partition for ARNs (default: from the region, else aws)' });
}

/** The ARN context from flags, then the environment, then `*` (the partition from the region, else `aws`). */
export function callContextFrom(args: CallContextArgs, env: NodeJS.ProcessEnv = process.env): CallContext {
  const region = args.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? '*';
  return {
    partition: args.partition ?? partitionOf(region),
    region,
    account: args.account ?? env.AWS_ACCOUNT_ID ?? '*',
  };
}

// Region name prefixes of the non-commercial partitions:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  return 'aws';
}
