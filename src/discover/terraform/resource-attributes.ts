// What the attributes of the AWS provider's resources are, from the name the configuration gives
// them: the "Attribute Reference" of each resource's page in the AWS provider docs
// (https://registry.terraform.io/providers/hashicorp/aws/latest/docs).

export interface ArnContext {
  partition: string;
  region: string;
  account: string;
}

export interface TerraformResourceType {
  /** The argument that names the resource (`name`, `bucket`, `function_name`); none when AWS picks an opaque id (KMS keys). */
  nameArgument?: string;
  /** The argument that gives only a prefix; the provider adds a unique suffix. */
  prefixArgument?: string;
  /** Attributes computed from the name; `id` is listed where it is not the name. */
  attributes: Record<string, (name: string, context: ArnContext) => string>;
}

const arn = (service: string, context: ArnContext, resource: string) => `arn:${context.partition}:${service}:${context.region}:${context.account}:${resource}`;
const queueUrl = (name: string, context: ArnContext) => `https://sqs.${context.region}.amazonaws.com/${context.account}/${name}`;
const topicArn = (name: string, context: ArnContext) => arn('sns', context, name);
const stateMachineArn = (name: string, context: ArnContext) => arn('states', context, `stateMachine:${name}`);
// Secrets Manager appends a hyphen and six random characters to a secret's name in its ARN.
const secretArn = (name: string, context: ArnContext) => arn('secretsmanager', context, `secret:${name}-??????`);
const name = (value: string) => value;

export const terraformResourceTypes: Record<string, TerraformResourceType> = {
  aws_dynamodb_table: {
    nameArgument: 'name',
    attributes: { id: name, arn: (value, context) => arn('dynamodb', context, `table/${value}`), stream_arn: (value, context) => arn('dynamodb', context, `table/${value}/stream/*`) },
  },
  // A queue's id is its URL.
  aws_sqs_queue: {
    nameArgument: 'name',
    prefixArgument: 'name_prefix',
    attributes: { id: queueUrl, url: queueUrl, arn: (value, context) => arn('sqs', context, value) },
  },
  aws_sns_topic: { nameArgument: 'name', prefixArgument: 'name_prefix', attributes: { id: topicArn, arn: topicArn } },
  aws_s3_bucket: {
    nameArgument: 'bucket',
    prefixArgument: 'bucket_prefix',
    attributes: {
      id: name,
      arn: (value, context) => `arn:${context.partition}:s3:::${value}`,
      bucket_domain_name: (value) => `${value}.s3.amazonaws.com`,
      bucket_regional_domain_name: (value, context) => `${value}.s3.${context.region}.amazonaws.com`,
    },
  },
  aws_sfn_state_machine: { nameArgument: 'name', prefixArgument: 'name_prefix', attributes: { id: stateMachineArn, arn: stateMachineArn } },
  aws_cloudwatch_event_bus: { nameArgument: 'name', attributes: { id: name, arn: (value, context) => arn('events', context, `event-bus/${value}`) } },
  aws_secretsmanager_secret: { nameArgument: 'name', prefixArgument: 'name_prefix', attributes: { id: secretArn, arn: secretArn } },
  aws_ssm_parameter: { nameArgument: 'name', attributes: { id: name, arn: (value, context) => arn('ssm', context, `parameter/${value.replace(/^\//, '')}`) } },
  aws_kinesis_stream: {
    nameArgument: 'name',
    attributes: { id: (value, context) => arn('kinesis', context, `stream/${value}`), arn: (value, context) => arn('kinesis', context, `stream/${value}`) },
  },
  aws_lambda_function: {
    nameArgument: 'function_name',
    attributes: { id: name, arn: (value, context) => arn('lambda', context, `function:${value}`), qualified_arn: (value, context) => arn('lambda', context, `function:${value}:*`) },
  },
  aws_iam_role: { nameArgument: 'name', prefixArgument: 'name_prefix', attributes: { id: name, arn: (value, context) => `arn:${context.partition}:iam::${context.account}:role/${value}` } },
  aws_iam_policy: { nameArgument: 'name', prefixArgument: 'name_prefix', attributes: { arn: (value, context) => `arn:${context.partition}:iam::${context.account}:policy/${value}` } },
  aws_cloudwatch_log_group: { nameArgument: 'name', prefixArgument: 'name_prefix', attributes: { id: name, arn: (value, context) => arn('logs', context, `log-group:${value}`) } },
  aws_kms_key: { attributes: { id: name, key_id: name, arn: (value, context) => arn('kms', context, `key/${value}`) } },
};

/**
 * The provider names a resource without a name argument `terraform-<timestamp and counter>`, and one
 * with only a prefix `<prefix><timestamp and counter>` (its `id.UniqueId` / `PrefixedUniqueId`).
 */
export function generatedName(prefix: string | undefined): string {
  return `${prefix ?? 'terraform-'}*`;
}
