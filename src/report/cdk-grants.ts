// CDK `grant*` methods and the actions each grants on its construct, from aws-cdk-lib's perms.ts
// files (aws-dynamodb/lib/perms.ts, aws-sqs/lib/perms.ts, ...). Not every grant: only those whose
// actions a least-privilege statement can equal. S3's grants use wildcards (`s3:GetObject*`), so
// iamgen's exact actions never equal them and they are left out.

export interface CdkGrant {
  /** The call as the comment shows it; `fn` is the function construct. */
  call: string;
  actions: readonly string[];
}

const DYNAMODB_READ = ['dynamodb:BatchGetItem', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:Scan', 'dynamodb:ConditionCheckItem'];
const DYNAMODB_WRITE = ['dynamodb:BatchWriteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'];

export const CDK_GRANTS: readonly CdkGrant[] = [
  { call: 'table.grantReadData(fn)', actions: [...DYNAMODB_READ, 'dynamodb:DescribeTable'] },
  { call: 'table.grantWriteData(fn)', actions: [...DYNAMODB_WRITE, 'dynamodb:DescribeTable'] },
  { call: 'table.grantReadWriteData(fn)', actions: [...DYNAMODB_READ, ...DYNAMODB_WRITE, 'dynamodb:DescribeTable'] },
  { call: 'queue.grantSendMessages(fn)', actions: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'] },
  { call: 'queue.grantConsumeMessages(fn)', actions: ['sqs:ReceiveMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueUrl', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'] },
  { call: 'topic.grantPublish(fn)', actions: ['sns:Publish'] },
  { call: 'secret.grantRead(fn)', actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'] },
  { call: 'parameter.grantRead(fn)', actions: ['ssm:DescribeParameters', 'ssm:GetParameters', 'ssm:GetParameter', 'ssm:GetParameterHistory'] },
  { call: 'stateMachine.grantStartExecution(fn)', actions: ['states:StartExecution'] },
  { call: 'eventBus.grantPutEventsTo(fn)', actions: ['events:PutEvents'] },
  { call: 'key.grantDecrypt(fn)', actions: ['kms:Decrypt'] },
  { call: 'otherFunction.grantInvoke(fn)', actions: ['lambda:InvokeFunction'] },
];

/** The grant whose actions are exactly `actions` (compared case-insensitively, in any order). */
export function matchingGrant(actions: readonly string[]): CdkGrant | undefined {
  const wanted = new Set(actions.map((action) => action.toLowerCase()));
  return CDK_GRANTS.find(
    (grant) => grant.actions.length === wanted.size && grant.actions.every((action) => wanted.has(action.toLowerCase())),
  );
}
