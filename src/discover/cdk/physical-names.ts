import type { ConstructDescription } from '../../analyze/cdk/cdk-source-model.js';
import type { Value } from '../../model.js';

/**
 * How a resource is named when the code gives no name:
 * - `stack-logical-random`: CloudFormation's generated physical id, `<stack name>-<logical id>-<random>`
 *   (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-name.html,
 *   "MyStack-MyBucket-abcdefghijk1"); S3 bucket names are the same, lowercased. The stack name part may
 *   be cut short to fit the length limit, never the logical id's start, so `*-<id>*` stays true.
 * - `logical-somewhere`: CloudFormation (secrets, state machines, SSM parameters) or CDK at synth
 *   (event buses, from the construct's unique id) builds the name around the logical id in a form
 *   AWS does not document, so only `*<id>*` is certain.
 * - `unnamed`: the resource has no name (a KMS key's id is a UUID).
 * A CDK logical id starts with the construct's id with non-alphanumerics dropped when its scope is
 * the stack, followed by a hash (CDK `makeUniqueId`); deeper constructs put their parents' ids first.
 */
export type NamingRule = 'stack-logical-random' | 'stack-logical-random-lowercase' | 'logical-somewhere' | 'unnamed';

export interface ResourceKind {
  /** The prop that gives an explicit physical name. */
  nameProp?: string;
  naming: NamingRule;
  /** The attribute holding the ARN, used for grants and `resourceArns`. */
  arnAttribute: string;
  /** Attribute -> pattern; `{name}`, `{partition}`, `{region}`, `{account}`, `{urlSuffix}` are filled in. */
  attributes: Record<string, string>;
}

const arn = (service: string, resource: string, regional = true): string =>
  `arn:{partition}:${service}:${regional ? '{region}:{account}' : ':'}:${resource}`;

const lambdaFunction: ResourceKind = {
  nameProp: 'functionName',
  naming: 'stack-logical-random',
  arnAttribute: 'functionArn',
  attributes: { functionName: '{name}', functionArn: arn('lambda', 'function:{name}') },
};
const dynamodbTable: ResourceKind = {
  nameProp: 'tableName',
  naming: 'stack-logical-random',
  arnAttribute: 'tableArn',
  attributes: { tableName: '{name}', tableArn: arn('dynamodb', 'table/{name}'), tableStreamArn: arn('dynamodb', 'table/{name}/stream/*') },
};

export const resourceKinds: Record<string, ResourceKind> = {
  'aws-dynamodb.Table': dynamodbTable,
  'aws-dynamodb.TableV2': dynamodbTable,
  'aws-s3.Bucket': {
    nameProp: 'bucketName',
    naming: 'stack-logical-random-lowercase',
    arnAttribute: 'bucketArn',
    attributes: {
      bucketName: '{name}', bucketArn: 'arn:{partition}:s3:::{name}',
      bucketDomainName: '{name}.s3.{urlSuffix}', bucketRegionalDomainName: '{name}.s3.{region}.{urlSuffix}',
    },
  },
  'aws-sqs.Queue': {
    nameProp: 'queueName',
    naming: 'stack-logical-random',
    arnAttribute: 'queueArn',
    attributes: { queueName: '{name}', queueArn: arn('sqs', '{name}'), queueUrl: 'https://sqs.{region}.{urlSuffix}/{account}/{name}' },
  },
  'aws-kinesis.Stream': {
    nameProp: 'streamName',
    naming: 'stack-logical-random',
    arnAttribute: 'streamArn',
    attributes: { streamName: '{name}', streamArn: arn('kinesis', 'stream/{name}') },
  },
  'aws-sns.Topic': {
    nameProp: 'topicName',
    naming: 'stack-logical-random',
    arnAttribute: 'topicArn',
    attributes: { topicName: '{name}', topicArn: arn('sns', '{name}') },
  },
  'aws-secretsmanager.Secret': {
    nameProp: 'secretName',
    naming: 'logical-somewhere',
    arnAttribute: 'secretArn',
    // Secrets Manager appends `-` and six random characters to the name in the ARN.
    attributes: { secretName: '{name}', secretArn: arn('secretsmanager', 'secret:{name}-??????'), secretFullArn: arn('secretsmanager', 'secret:{name}-??????') },
  },
  'aws-stepfunctions.StateMachine': {
    nameProp: 'stateMachineName',
    naming: 'logical-somewhere',
    arnAttribute: 'stateMachineArn',
    attributes: { stateMachineName: '{name}', stateMachineArn: arn('states', 'stateMachine:{name}') },
  },
  'aws-events.EventBus': {
    nameProp: 'eventBusName',
    naming: 'logical-somewhere',
    arnAttribute: 'eventBusArn',
    attributes: { eventBusName: '{name}', eventBusArn: arn('events', 'event-bus/{name}') },
  },
  'aws-lambda.Function': lambdaFunction,
  'aws-lambda-nodejs.NodejsFunction': lambdaFunction,
  'aws-ssm.StringParameter': {
    nameProp: 'parameterName',
    naming: 'logical-somewhere',
    arnAttribute: 'parameterArn',
    // A name with a leading slash is a path: `parameter/a/b`, not `parameter//a/b`.
    attributes: { parameterName: '{name}', parameterArn: arn('ssm', 'parameter/{nameWithoutSlash}') },
  },
  'aws-kms.Key': {
    naming: 'unnamed',
    arnAttribute: 'keyArn',
    attributes: { keyArn: arn('kms', 'key/*'), keyId: '*' },
  },
};

// CloudFormation keeps a generated name whole when `<stack>-<logical id>-<random>` fits the type's
// limit; the shortest limit of the types named this way is an S3 bucket's 63 characters. A CDK
// logical id is the construct id and an 8-character hash; the random part is at most 13 characters.
const SHORTEST_NAME_LIMIT = 63;
const LOGICAL_ID_HASH_LENGTH = 8;
const RANDOM_SUFFIX_LENGTH = 13;

/**
 * The construct's physical name: the one the code gives, else the tightest true pattern. With the
 * stack's name (`--stack-name`), a name CloudFormation generates starts with it when it cannot have
 * been cut short.
 */
export function physicalName(construct: ConstructDescription, kind: ResourceKind, stackName?: string): Value {
  const given = kind.nameProp ? construct.names[kind.nameProp] : undefined;
  if (given !== undefined) return given;
  if (construct.imported) return importedName(construct.imported.method, construct.imported.value);
  const idPart = construct.id === '*' ? '' : construct.id.replace(/[^A-Za-z0-9]/g, '');
  if (kind.naming === 'unnamed' || idPart === '') return '*';
  if (kind.naming === 'logical-somewhere' || !construct.inStackScope) {
    return `*${kind.naming === 'stack-logical-random-lowercase' ? idPart.toLowerCase() : idPart}*`;
  }
  const fits = stackName !== undefined && stackName.length + 1 + idPart.length + LOGICAL_ID_HASH_LENGTH + 1 + RANDOM_SUFFIX_LENGTH <= SHORTEST_NAME_LIMIT;
  const generated = `${fits ? stackName : '*'}-${idPart}*`;
  return kind.naming === 'stack-logical-random-lowercase' ? generated.toLowerCase() : generated;
}

// `fromTableName(scope, id, 'orders')` gives the name; `fromTableArn(scope, id, arn)` the ARN, whose
// last part is the name (`table/orders`, `...:orders`, `arn:aws:s3:::orders`).
function importedName(method: string, value: Value): Value {
  if (!/Arn$/.test(method)) return value;
  if (typeof value !== 'string') return '*';
  const last = value.slice(value.lastIndexOf(':') + 1);
  return last.includes('/') ? last.slice(last.indexOf('/') + 1) : last;
}
