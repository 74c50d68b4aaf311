/** Where the stack runs; `*` where unknown. */
export interface StackContext {
  partition: string;
  region: string;
  account: string;
  stackName?: string;
}

/**
 * How CloudFormation names a resource whose name property is left out.
 * - `stack-logical-random`: `<stack>-<LogicalId>-<random>`, e.g. `stack123-s3bucket-abcdefghijk1`
 *   (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html);
 *   `lowercase` for S3 buckets, whose names may not hold capitals
 *   (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).
 * - `contains-logical`: the name holds the logical id and a random suffix but the prefix is not
 *   documented (state machines, secrets, SSM parameters), so only `*<LogicalId>*` is certain.
 * - `opaque`: an id with nothing of the template in it (KMS key id).
 */
export type GeneratedNameRule = 'stack-logical-random' | 'stack-logical-random-lowercase' | 'contains-logical' | 'opaque';

export interface ResourceType {
  /** The property that sets the physical name, when the type has one. */
  nameProperty?: string;
  generatedName: GeneratedNameRule;
  /** The longest name the service allows: a generated name longer than this is truncated. */
  maxNameLength?: number;
  /** What `Ref` returns, from the physical name. */
  ref: (name: string, stack: StackContext) => string;
  /** `Fn::GetAtt` attributes, from the physical name. */
  attributes: Record<string, (name: string, stack: StackContext) => string>;
  /** The resource's ARN for `resourceArns`, when it is not the `Arn` attribute. */
  arn?: (name: string, stack: StackContext) => string;
}

const prefix = (service: string, stack: StackContext, region = stack.region) => `arn:${stack.partition}:${service}:${region}:${stack.account}`;
const tableArn = (name: string, stack: StackContext) => `${prefix('dynamodb', stack)}:table/${name}`;
const functionArn = (name: string, stack: StackContext) => `${prefix('lambda', stack)}:function:${name}`;
const stateMachineArn = (name: string, stack: StackContext) => `${prefix('states', stack)}:stateMachine:${name}`;
const identity = (name: string) => name;

const table: ResourceType = {
  nameProperty: 'TableName',
  generatedName: 'stack-logical-random',
  maxNameLength: 255,
  ref: identity,
  attributes: { Arn: tableArn, StreamArn: (name, stack) => `${tableArn(name, stack)}/stream/*` },
};
const lambdaFunction: ResourceType = {
  nameProperty: 'FunctionName',
  generatedName: 'stack-logical-random',
  maxNameLength: 64,
  ref: identity,
  attributes: { Arn: functionArn },
};
const stateMachine = (nameProperty: string): ResourceType => ({
  nameProperty,
  generatedName: 'contains-logical',
  ref: stateMachineArn,
  attributes: { Arn: stateMachineArn, Name: identity },
});
const queueUrl = (name: string, stack: StackContext) => `https://sqs.${stack.region}.${urlSuffix(stack.partition)}/${stack.account}/${name}`;

// What Ref and GetAtt return per type: the "Return values" section of each resource's page under
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html
export const resourceTypes: Record<string, ResourceType> = {
  'AWS::DynamoDB::Table': table,
  'AWS::DynamoDB::GlobalTable': table,
  'AWS::Serverless::SimpleTable': table,
  'AWS::S3::Bucket': {
    nameProperty: 'BucketName',
    generatedName: 'stack-logical-random-lowercase',
    maxNameLength: 63,
    ref: identity,
    attributes: {
      Arn: (name, stack) => `arn:${stack.partition}:s3:::${name}`,
      DomainName: (name) => `${name}.s3.amazonaws.com`,
      RegionalDomainName: (name, stack) => `${name}.s3.${stack.region}.amazonaws.com`,
    },
  },
  // Ref of a queue is its URL, not its name or ARN.
  'AWS::SQS::Queue': {
    nameProperty: 'QueueName',
    generatedName: 'stack-logical-random',
    maxNameLength: 80,
    ref: queueUrl,
    attributes: { Arn: (name, stack) => `${prefix('sqs', stack)}:${name}`, QueueName: identity, QueueUrl: queueUrl },
  },
  'AWS::SNS::Topic': {
    nameProperty: 'TopicName',
    generatedName: 'stack-logical-random',
    maxNameLength: 256,
    ref: (name, stack) => `${prefix('sns', stack)}:${name}`,
    attributes: { TopicArn: (name, stack) => `${prefix('sns', stack)}:${name}`, TopicName: identity },
    arn: (name, stack) => `${prefix('sns', stack)}:${name}`,
  },
  'AWS::Lambda::Function': lambdaFunction,
  'AWS::Serverless::Function': lambdaFunction,
  'AWS::StepFunctions::StateMachine': stateMachine('StateMachineName'),
  'AWS::Serverless::StateMachine': stateMachine('Name'),
  'AWS::SecretsManager::Secret': {
    nameProperty: 'Name',
    generatedName: 'contains-logical',
    // Secrets Manager appends a hyphen and six random characters to the name in the ARN.
    ref: (name, stack) => `${prefix('secretsmanager', stack)}:secret:${name}-??????`,
    attributes: { Id: (name, stack) => `${prefix('secretsmanager', stack)}:secret:${name}-??????` },
    arn: (name, stack) => `${prefix('secretsmanager', stack)}:secret:${name}-??????`,
  },
  'AWS::SSM::Parameter': {
    nameProperty: 'Name',
    generatedName: 'contains-logical',
    ref: identity,
    attributes: { Type: () => '*', Value: () => '*' },
    arn: (name, stack) => ssmParameterArn(name, stack),
  },
  'AWS::Events::EventBus': {
    nameProperty: 'Name',
    generatedName: 'opaque',
    ref: identity,
    attributes: { Arn: (name, stack) => `${prefix('events', stack)}:event-bus/${name}`, Name: identity },
  },
  'AWS::Logs::LogGroup': {
    nameProperty: 'LogGroupName',
    generatedName: 'stack-logical-random',
    maxNameLength: 512,
    ref: identity,
    attributes: { Arn: (name, stack) => `${prefix('logs', stack)}:log-group:${name}:*` },
  },
  'AWS::KMS::Key': {
    generatedName: 'opaque',
    ref: identity,
    attributes: { Arn: (name, stack) => `${prefix('kms', stack)}:key/${name}`, KeyId: identity },
  },
  'AWS::KMS::Alias': { nameProperty: 'AliasName', generatedName: 'opaque', ref: identity, attributes: {} },
  'AWS::IAM::Role': {
    nameProperty: 'RoleName',
    generatedName: 'stack-logical-random',
    maxNameLength: 64,
    ref: identity,
    attributes: { Arn: (name, stack) => `arn:${stack.partition}:iam::${stack.account}:role/${name}`, RoleId: () => '*' },
  },
  'AWS::Kinesis::Stream': {
    nameProperty: 'Name',
    generatedName: 'stack-logical-random',
    maxNameLength: 128,
    ref: identity,
    attributes: { Arn: (name, stack) => `${prefix('kinesis', stack)}:stream/${name}` },
  },
};

/** The ARN of an SSM parameter: its name without the leading slash after `parameter/`. */
export function ssmParameterArn(name: string, stack: StackContext): string {
  return `${prefix('ssm', stack)}:parameter/${name.replace(/^\//, '')}`;
}

/** `AWS::URLSuffix`: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html */
export function urlSuffix(partition: string): string {
  return partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
}

/** The tightest pattern still true for a name CloudFormation generates; see `GeneratedNameRule`. */
export function generatedNamePattern(type: ResourceType, logicalId: string, stackName: string | undefined): string {
  switch (type.generatedName) {
    case 'opaque':
      return '*';
    case 'contains-logical':
      return `*${logicalId}*`;
    case 'stack-logical-random':
    case 'stack-logical-random-lowercase': {
      const lower = type.generatedName === 'stack-logical-random-lowercase';
      const stack = stackName === undefined ? '*' : stackName;
      // A name that would be too long has its stack and logical-id parts shortened: only `*` stays true.
      const randomSuffixLength = 13;
      if (stackName !== undefined && type.maxNameLength !== undefined && stack.length + logicalId.length + 1 + randomSuffixLength > type.maxNameLength) return '*';
      const pattern = `${stack}-${logicalId}-*`;
      return lower ? pattern.toLowerCase() : pattern;
    }
  }
}
