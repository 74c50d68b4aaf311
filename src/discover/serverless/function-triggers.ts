import type { FunctionTrigger } from '../../model.js';
import { kindOfArn } from '../cloudformation/event-sources.js';
import { evaluateIntrinsics, type IntrinsicScope } from './serverless-intrinsics.js';
import type { VariableResolver } from './serverless-variables.js';
import { isRecord, type YamlPath } from './yaml-with-lines.js';

/**
 * The poll-based triggers of a function: `events: - sqs: arn | {arn}`, `- stream: arn | {type, arn}`,
 * `- msk: {arn}`, `- kafka: {...}`, `- activemq`/`rabbitmq: {arn}`, with `destinations.onFailure`
 * (https://www.serverless.com/framework/docs/providers/aws/events/sqs, .../events/streams).
 */
export function functionTriggers(functionKey: string, resolver: VariableResolver, scope: IntrinsicScope): FunctionTrigger[] {
  const eventsPath: YamlPath = ['functions', functionKey, 'events'];
  const events = resolver.resolve(eventsPath);
  if (!Array.isArray(events)) return [];
  const triggers: FunctionTrigger[] = [];
  events.forEach((event, index) => {
    if (!isRecord(event)) return;
    const [type] = Object.keys(event);
    if (type === undefined) return;
    const path: YamlPath = [...eventsPath, index, type];
    const settings = event[type];
    const arnValue = isRecord(settings) && !isIntrinsic(settings) ? settings.arn : settings;
    const arnPath: YamlPath = isRecord(settings) && !isIntrinsic(settings) ? [...path, 'arn'] : path;
    const arn = type === 'kafka' ? '*' : stringOf(evaluateIntrinsics(arnValue, arnPath, scope));
    const kind = triggerKind(type, settings, arn);
    if (!kind) return;
    const trigger: FunctionTrigger = { kind, source: arn, at: { kind: 'serverless', file: scope.file, path: path.join('.'), line: scope.lineOf(path) } };
    const destinations = isRecord(settings) ? settings.destinations : undefined;
    const onFailure = isRecord(destinations) ? destinations.onFailure : undefined;
    if (onFailure !== undefined) {
      const destination = isRecord(onFailure) && !isIntrinsic(onFailure) ? onFailure.arn : onFailure;
      trigger.onFailure = stringOf(evaluateIntrinsics(destination, [...path, 'destinations', 'onFailure'], scope));
    }
    triggers.push(trigger);
  });
  return triggers;
}

function triggerKind(type: string, settings: unknown, arn: string): FunctionTrigger['kind'] | undefined {
  if (type === 'sqs') return 'sqs';
  if (type === 'msk' || type === 'kafka') return 'kafka';
  if (type === 'activemq' || type === 'rabbitmq') return 'mq';
  if (type !== 'stream') return undefined;
  const declared = isRecord(settings) ? settings.type : undefined;
  if (declared === 'dynamodb') return 'dynamodb-stream';
  if (declared === 'kinesis') return 'kinesis';
  const byArn = kindOfArn(arn);
  return byArn === 'kinesis' || byArn === 'dynamodb-stream' ? byArn : undefined;
}

// `arn: !GetAtt Queue.Arn` is `{"Fn::GetAtt": [...]}`: a value, not the event's settings.
function isIntrinsic(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}

function stringOf(value: unknown): string {
  return typeof value === 'string' && value !== '' ? value : '*';
}
