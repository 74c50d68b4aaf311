import type { CallSite, Finding, FunctionTrigger, NeededPermission, Permission } from '../model.js';

/** One permission Lambda's poller needs for a trigger, with the pseudo-operation named in --explain. */
interface TriggerNeed extends Permission {
  operation: string;
  why: string;
}

const polls = (what: string) => `Lambda polls the ${what} with the function's role`;

// The actions each poller uses, from the Lambda developer guide's execution-role sections:
// SQS https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html (ReceiveMessage, DeleteMessage,
// GetQueueAttributes; not ChangeMessageVisibility), Kinesis
// https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-create.html, DynamoDB Streams
// https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html.
// kinesis:ListStreams and dynamodb:ListStreams have no resource type: they are granted on `*`.
function sourceNeeds(trigger: FunctionTrigger): TriggerNeed[] {
  const on = (operation: string, why: string, actions: string[], resource: string) => actions.map((action) => ({ action, resource, operation, why }));
  switch (trigger.kind) {
    case 'sqs': {
      const needs = on('SqsEventSource', polls('queue'), ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], trigger.source);
      // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-lambda-function-trigger.html
      if (trigger.kmsKey) needs.push(...on('SqsEventSource', 'Lambda decrypts the messages of the encrypted queue with the function\'s role', ['kms:Decrypt'], trigger.kmsKey));
      return needs;
    }
    case 'kinesis': {
      const consumer = /^(.*:stream\/[^/]+)\/consumer\//.exec(trigger.source);
      const stream = consumer ? consumer[1]! : trigger.source;
      const needs = on('KinesisEventSource', polls('stream'), ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards'], stream);
      // Only an enhanced fan-out consumer reads through SubscribeToShard, on the consumer's ARN.
      if (consumer) needs.push(...on('KinesisEventSource', polls('stream consumer'), ['kinesis:SubscribeToShard'], trigger.source));
      return needs;
    }
    case 'dynamodb-stream':
      return [
        ...on('DynamoEventSource', polls('table stream'), ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'], trigger.source),
        ...on('DynamoEventSource', polls('table stream'), ['dynamodb:ListStreams'], '*'),
      ];
    default:
      return [];
  }
}

function onFailureNeeds(destination: string): TriggerNeed[] {
  const why = 'Lambda sends records of failed batches to the on-failure destination with the function\'s role';
  if (destination.includes(':sqs:')) return [{ action: 'sqs:SendMessage', resource: destination, operation: 'OnFailureDestination', why }];
  if (destination.includes(':sns:')) return [{ action: 'sns:Publish', resource: destination, operation: 'OnFailureDestination', why }];
  return [];
}

/** What Lambda needs on the function's own role to run its triggers; a note for the kinds iamgen does not list. */
export function triggerNeeds(trigger: FunctionTrigger): { needs: TriggerNeed[]; findings: Finding[] } {
  const needs = [...sourceNeeds(trigger), ...(trigger.onFailure ? onFailureNeeds(trigger.onFailure) : [])];
  const findings: Finding[] = [];
  if (trigger.kind === 'kafka' || trigger.kind === 'mq') {
    const page = trigger.kind === 'kafka' ? 'with-msk-permissions.html' : 'with-mq.html';
    findings.push({
      severity: 'note',
      code: 'trigger-not-listed',
      message: `${trigger.at.path}: Lambda reads the ${trigger.kind === 'kafka' ? 'Kafka cluster' : 'Amazon MQ broker'} ${trigger.source} with the function's role; iamgen does not list those permissions (https://docs.aws.amazon.com/lambda/latest/dg/${page})`,
      at: { file: trigger.at.file, line: trigger.at.line ?? 1, column: 1 },
    });
  }
  return { needs, findings };
}

/** The code's permissions with each trigger's added, each with a call site at the IaC that declares the trigger. */
export function withTriggerPermissions(permissions: NeededPermission[], triggers: FunctionTrigger[]): { permissions: NeededPermission[]; findings: Finding[] } {
  const byKey = new Map(permissions.map((permission) => [JSON.stringify([permission.action, permission.resource, permission.condition ?? null]), { ...permission, calls: [...permission.calls] }]));
  const findings: Finding[] = [];
  for (const trigger of triggers) {
    const result = triggerNeeds(trigger);
    findings.push(...result.findings);
    for (const need of result.needs) {
      const key = JSON.stringify([need.action, need.resource, null]);
      const call: CallSite = { at: { file: trigger.at.file, line: trigger.at.line ?? 1, column: 1 }, service: 'lambda', operation: need.operation, via: 'iac-trigger', why: need.why };
      const permission = byKey.get(key) ?? { action: need.action, resource: need.resource, calls: [] };
      permission.calls.push(call);
      byKey.set(key, permission);
    }
  }
  return { permissions: [...byKey.values()], findings };
}
