import type { Argv } from 'yargs';
import type { CallContextSettings } from '../call-context.js';

/** --account, --region and --partition, shared by the commands that build ARNs. */
export function withCallContextOptions<T>(yargs: Argv<T>): Argv<T & CallContextSettings> {
  return yargs
    .option('account', { type: 'string', describe: 'AWS account id for ARNs (default: $AWS_ACCOUNT_ID, else *)' })
    .option('region', { type: 'string', describe: 'AWS region for ARNs (default: $AWS_REGION or $AWS_DEFAULT_REGION, else *)' })
    .option('partition', { type: 'string', describe: 'AWS partition for ARNs (default: from the region, else aws)' });
}
