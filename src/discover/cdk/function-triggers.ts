import type { EventSourceDescription, FunctionSource, StackEnvironment } from '../../analyze/cdk/cdk-source-model.js';
import type { CallContext, FunctionTrigger, IacLocation, Value } from '../../model.js';
import { valueToPattern } from '../../resolve/value-to-pattern.js';
import { arnOf, attributeValue } from './construct-attributes.js';

const kinds: Record<string, FunctionTrigger['kind']> = {
  SqsEventSource: 'sqs',
  KinesisEventSource: 'kinesis',
  KinesisConsumerEventSource: 'kinesis',
  DynamoEventSource: 'dynamodb-stream',
  ManagedKafkaEventSource: 'kafka',
  SelfManagedKafkaEventSource: 'kafka',
};

/** The poll-based event sources of a function (`addEventSource`, `eventSources`), with ARN patterns. */
export function functionTriggers(fn: FunctionSource, at: IacLocation, context: CallContext, stackName: string | undefined): FunctionTrigger[] {
  return fn.eventSources.flatMap((source) => {
    const kind = kinds[source.type];
    if (!kind) return [];
    const trigger: FunctionTrigger = { kind, source: sourceArn(source, kind, context, stackName), at: { ...at, file: source.at.file, line: source.at.line } };
    const onFailure = source.onFailure && pattern(arnOf(source.onFailure, context, stackName));
    if (onFailure) trigger.onFailure = onFailure;
    return [trigger];
  });
}

function sourceArn(source: EventSourceDescription, kind: FunctionTrigger['kind'], context: CallContext, stackName: string | undefined): string {
  if (!source.resource) return '*';
  // A table's stream: `DynamoEventSource(table)` reads `table.tableStreamArn`.
  const value = kind === 'dynamodb-stream' ? attributeValue(source.resource, 'tableStreamArn', context, stackName) : arnOf(source.resource, context, stackName);
  return pattern(value) ?? '*';
}

function pattern(value: Value | undefined): string | undefined {
  const patterns = value === undefined ? [] : valueToPattern(value);
  return patterns.length === 1 ? patterns[0] : undefined;
}

/** The region and account of the stack class that defines the function, where its `env` spells them out. */
export function stackEnvironment(fn: FunctionSource, environments: StackEnvironment[]): { region?: string; account?: string } {
  const found = environments.filter((environment) => environment.stackClass === fn.definedIn);
  const known = (values: Array<Value | undefined>): string | undefined => {
    const strings = new Set(values.map((value) => (typeof value === 'string' && value !== '' ? value : undefined)));
    return strings.size === 1 ? [...strings][0] : undefined;
  };
  const region = known(found.map((environment) => environment.region));
  const account = known(found.map((environment) => environment.account));
  return { ...(region ? { region } : {}), ...(account ? { account } : {}) };
}
