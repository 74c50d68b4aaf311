import type { Finding, FunctionTrigger, IacKind, PolicyDocument } from '../../model.js';
import { evaluateString } from './evaluate-intrinsic.js';
import type { TemplateScope } from './evaluate-intrinsic.js';
import type { FunctionDeclaration } from './function-declarations.js';
import { isRecord } from './parse-template.js';

// SAM event types that become an event source mapping, and the property naming the source:
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventsource.html
const samEventSources: Record<string, { kind: FunctionTrigger['kind']; property: string }> = {
  SQS: { kind: 'sqs', property: 'Queue' },
  Kinesis: { kind: 'kinesis', property: 'Stream' },
  DynamoDB: { kind: 'dynamodb-stream', property: 'Stream' },
  MSK: { kind: 'kafka', property: 'Stream' },
  SelfManagedKafka: { kind: 'kafka', property: 'KafkaBootstrapServers' },
  MQ: { kind: 'mq', property: 'Broker' },
};

/** The poll-based triggers of a function: its SAM `Events` and the `AWS::Lambda::EventSourceMapping`s that name it. */
export function functionTriggers(scope: TemplateScope, kind: IacKind, declaration: FunctionDeclaration, findings: Finding[]): FunctionTrigger[] {
  const triggers: FunctionTrigger[] = [];
  const events = declaration.property('Events');
  for (const [name, event] of isRecord(events?.value) ? Object.entries(events.value) : []) {
    const source = isRecord(event) ? samEventSources[String(event.Type)] : undefined;
    if (!source || !isRecord(event) || !isRecord(event.Properties)) continue;
    const path = `${events!.path}.${name}.Properties`;
    const raw = event.Properties[source.property];
    const sourceArn = typeof raw === 'string' || isRecord(raw) ? evaluateString(scope, raw, `${path}.${source.property}`, findings) ?? '*' : '*';
    triggers.push(trigger(scope, kind, source.kind, raw, sourceArn, event.Properties.DestinationConfig, path, findings));
  }
  for (const [logicalId, resource] of Object.entries(scope.resources)) {
    if (resource.Type !== 'AWS::Lambda::EventSourceMapping' || !isRecord(resource.Properties)) continue;
    if (!namesFunction(resource.Properties.FunctionName, declaration.logicalId)) continue;
    const path = `Resources.${logicalId}.Properties`;
    const raw = resource.Properties.EventSourceArn;
    const sourceArn = raw === undefined ? '*' : evaluateString(scope, raw, `${path}.EventSourceArn`, findings) ?? '*';
    const sourceKind = resource.Properties.SelfManagedEventSource !== undefined ? 'kafka' : kindOfArn(sourceArn);
    if (sourceKind) triggers.push(trigger(scope, kind, sourceKind, raw, sourceArn, resource.Properties.DestinationConfig, path, findings));
  }
  return triggers;
}

/** The trigger kind an event source ARN names, by its service. */
export function kindOfArn(arn: string): FunctionTrigger['kind'] | undefined {
  const service = arn.split(':')[2];
  if (service === 'sqs') return 'sqs';
  if (service === 'kinesis') return 'kinesis';
  if (service === 'dynamodb') return 'dynamodb-stream';
  if (service === 'kafka') return 'kafka';
  if (service === 'mq') return 'mq';
  return undefined;
}

function trigger(scope: TemplateScope, kind: IacKind, sourceKind: FunctionTrigger['kind'], raw: unknown, source: string, destinations: unknown, path: string, findings: Finding[]): FunctionTrigger {
  const found: FunctionTrigger = { kind: sourceKind, source, at: { kind, file: scope.file, path, line: scope.template.lineOf(path) } };
  const onFailure = isRecord(destinations) && isRecord(destinations.OnFailure) ? destinations.OnFailure.Destination : undefined;
  if (onFailure !== undefined) {
    const destination = evaluateString(scope, onFailure, `${path}.DestinationConfig.OnFailure.Destination`, findings);
    if (destination) found.onFailure = destination;
  }
  const kmsKey = sourceKind === 'sqs' ? queueKey(scope, raw, findings) : undefined;
  if (kmsKey) found.kmsKey = kmsKey;
  return found;
}

// `FunctionName: !Ref Fn`, `!GetAtt Fn.Arn`, or the function's own name.
function namesFunction(value: unknown, logicalId: string): boolean {
  if (isRecord(value) && value.Ref === logicalId) return true;
  const getAtt = isRecord(value) ? value['Fn::GetAtt'] : undefined;
  return Array.isArray(getAtt) && getAtt[0] === logicalId;
}

// A queue of the template encrypted with a customer managed key (`KmsMasterKeyId`); the AWS managed
// key `alias/aws/sqs` needs no grant on the role, its key policy allows the account's principals.
function queueKey(scope: TemplateScope, raw: unknown, findings: Finding[]): string | undefined {
  const getAtt = isRecord(raw) ? raw['Fn::GetAtt'] : undefined;
  const queueId = Array.isArray(getAtt) && typeof getAtt[0] === 'string' ? getAtt[0] : undefined;
  const queue = queueId ? scope.resources[queueId] : undefined;
  const keyValue = queue && isRecord(queue.Properties) ? queue.Properties.KmsMasterKeyId : undefined;
  if (keyValue === undefined) return undefined;
  const key = evaluateString(scope, keyValue, `Resources.${queueId}.Properties.KmsMasterKeyId`, findings);
  if (key === undefined || key === 'alias/aws/sqs') return undefined;
  if (key.startsWith('arn:')) return key;
  const { partition, region, account } = scope.stack;
  // An alias does not tell which key it points at.
  return `arn:${partition}:kms:${region}:${account}:key/${key.startsWith('alias/') ? '*' : key}`;
}

// The event-source part of the managed policy SAM attaches for each poll-based event type (the
// AWS managed policy reference pages AWSLambdaSQSQueueExecutionRole, AWSLambdaKinesisExecutionRole,
// AWSLambdaDynamoDBExecutionRole), so that the diff sees what it grants; its CloudWatch Logs part
// stays unevaluated with the managed policy itself.
const samEventPolicyActions: Record<string, string[]> = {
  AWSLambdaSQSQueueExecutionRole: ['sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage'],
  AWSLambdaKinesisExecutionRole: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards', 'kinesis:ListStreams', 'kinesis:SubscribeToShard'],
  AWSLambdaDynamoDBExecutionRole: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'],
};

/** What the event-source managed policy `name` grants besides logs, or undefined for another policy. */
export function samEventSourcePolicy(name: string): PolicyDocument | undefined {
  const actions = samEventPolicyActions[name];
  return actions && { Version: '2012-10-17', Statement: [{ Sid: name, Effect: 'Allow', Action: actions, Resource: '*' }] };
}
