import type { Argv } from 'yargs';
import { permissionsForCall } from '../maps/permissions-for-call.js';
import type { Permission, Value } from '../model.js';
import { callContextFrom } from '../call-context.js';
import { withCallContextOptions } from './call-context-options.js';
import type { CliIo } from './cli-io.js';
import { UsageError } from '../errors.js';
import { compareActions, compareText } from '../policy/sort-order.js';

export function actionsCommand(io: CliIo, setExitCode: (code: number) => void) {
  return (yargs: Argv) =>
    yargs.command(
      'actions <service> <operation>',
      'What one SDK call needs: its IAM actions and resources',
      (y) =>
        withCallContextOptions(y)
          .positional('service', { type: 'string', demandOption: true, describe: 'v3 package (@aws-sdk/client-s3), short name (s3), v2 class (S3) or helper library (@aws-sdk/lib-dynamodb)' })
          .positional('operation', { type: 'string', demandOption: true, describe: 'HeadObject, HeadObjectCommand or headObject' })
          .option('input', { type: 'string', describe: 'the call input as JSON; parameters left out are wildcards' })
          .option('kms', { type: 'boolean', default: false, describe: 'the target is encrypted with a customer managed KMS key: add the KMS calls the service makes for you' })
          .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'output format' })
          .example('$0 actions s3 HeadObject --input \'{"Bucket":"photos","Key":"a.jpg"}\'', 'HeadObject is authorized as s3:GetObject on arn:aws:s3:::photos/a.jpg')
          .example('$0 actions @aws-sdk/client-sqs SendMessage --input \'{"QueueUrl":"https://sqs.eu-west-1.amazonaws.com/123456789012/orders"}\' --format json', 'the queue ARN comes from the URL'),
      (args) => {
        const { permissions, findings } = permissionsForCall({
          service: args.service,
          operation: args.operation,
          input: parseInput(args.input),
          context: callContextFrom(args, process.env),
          kmsEncrypted: args.kms,
        });
        const error = findings.find((finding) => finding.severity === 'error');
        if (error) throw new UsageError(error.message);
        for (const finding of findings) io.stderr(`iamgen: ${finding.message}\n`);
        const sorted = [...permissions].sort(comparePermissions);
        io.stdout(args.format === 'json' ? renderJson(sorted) : renderText(sorted));
        setExitCode(0);
      },
    );
}

function parseInput(text: string | undefined): Value {
  // Without --input every parameter is unknown: resources become wildcards, optional extras are left out.
  if (text === undefined) return { $unknown: 'no --input given' };
  try {
    return JSON.parse(text) as Value;
  } catch (error) {
    throw new UsageError(`--input is not valid JSON: ${(error as Error).message}`);
  }
}

function comparePermissions(a: Permission, b: Permission): number {
  return compareActions(a.action, b.action) || compareText(a.resource, b.resource) || compareText(JSON.stringify(a.condition ?? {}), JSON.stringify(b.condition ?? {}));
}

function renderJson(permissions: Permission[]): string {
  const rows = permissions.map(({ action, resource, condition }) => (condition ? { action, resource, condition } : { action, resource }));
  return JSON.stringify(rows, null, 2) + '\n';
}

function renderText(permissions: Permission[]): string {
  if (permissions.length === 0) return 'No IAM permission is needed.\n';
  return permissions
    .map((p) => {
      const lines = [`${p.action}  ${p.resource}`];
      if (p.condition) lines.push(`  condition: ${JSON.stringify(p.condition)}`);
      if (p.why) lines.push(`  why: ${p.why}`);
      return lines.join('\n');
    })
    .join('\n') + '\n';
}
