// Canary table for the operations whose permissions are not "the action named like the operation"
// (../shared/data/tricky-mappings.md, row numbers in the labels) and the siblings a user hits next.
import { describe, expect, it } from 'vitest';
import type { CallContext, Condition, Value } from '../../src/model.js';
import { permissionsForCall } from '../../src/maps/permissions-for-call.js';

interface Expected {
  action: string;
  resource: string;
  condition?: Condition;
}
interface Row {
  label: string;
  service: string;
  operation: string;
  input: Value;
  expected: Expected[];
  kmsEncrypted?: boolean;
  endpoint?: string;
}

const context: CallContext = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const p = (action: string, resource: string, condition?: Condition): Expected => (condition ? { action, resource, condition } : { action, resource });
const eq = (key: string, value: string | string[]): Condition => ({ StringEquals: { [key]: value } });
const unknown = (why: string): Value => ({ $unknown: why });

const acct = '123456789012';
const obj = (bucketKey: string) => `arn:aws:s3:::${bucketKey}`;
const key = `arn:aws:kms:us-east-1:${acct}:key/*`;
const via = (service: string) => eq('kms:ViaService', `${service}.us-east-1.amazonaws.com`);
const table = (name: string) => `arn:aws:dynamodb:us-east-1:${acct}:table/${name}`;
const fn = (name: string) => `arn:aws:lambda:us-east-1:${acct}:function:${name}`;
const queueUrl = `https://sqs.us-east-1.amazonaws.com/${acct}/orders`;
const queue = `arn:aws:sqs:us-east-1:${acct}:orders`;
const topic = `arn:aws:sns:us-east-1:${acct}:alerts`;
const secret = (id: string) => `arn:aws:secretsmanager:us-east-1:${acct}:secret:${id}`;
const param = (name: string) => `arn:aws:ssm:us-east-1:${acct}:parameter/${name}`;
const identity = (name: string) => `arn:aws:ses:us-east-1:${acct}:identity/${name}`;
const directoryBucket = 'media--use1-az4--x-s3';
const claude = 'anthropic.claude-3-haiku-20240307-v1:0';
const roleArn = `arn:aws:iam::${acct}:role/app-role`;

const s3Rows: Row[] = [
  { label: '1 GetObject', service: 's3', operation: 'GetObject', input: { Bucket: 'b', Key: 'k' }, expected: [p('s3:GetObject', obj('b/k'))] },
  { label: '1 GetObject VersionId', service: 's3', operation: 'GetObject', input: { Bucket: 'b', Key: 'k', VersionId: 'v1' },
    expected: [p('s3:GetObject', obj('b/k')), p('s3:GetObjectVersion', obj('b/k'))] },
  { label: '1 GetObject SSE-KMS', service: 's3', operation: 'GetObject', input: { Bucket: 'b', Key: 'k' }, kmsEncrypted: true,
    expected: [p('kms:Decrypt', key, via('s3')), p('s3:GetObject', obj('b/k'))] },
  { label: '2 HeadObject', service: 's3', operation: 'HeadObjectCommand', input: { Bucket: 'b', Key: 'k' }, expected: [p('s3:GetObject', obj('b/k'))] },
  { label: '2 HeadObject VersionId', service: 's3', operation: 'HeadObject', input: { Bucket: 'b', Key: 'k', VersionId: 'v' },
    expected: [p('s3:GetObject', obj('b/k')), p('s3:GetObjectVersion', obj('b/k'))] },
  { label: '3 ListObjectsV2 Prefix', service: 's3', operation: 'ListObjectsV2', input: { Bucket: 'b', Prefix: 'uploads/' },
    expected: [p('s3:ListBucket', obj('b'), eq('s3:prefix', 'uploads/'))] },
  { label: '3 ListObjectsV2', service: 's3', operation: 'ListObjectsV2', input: { Bucket: 'b' }, expected: [p('s3:ListBucket', obj('b'))] },
  { label: '4 HeadBucket', service: 's3', operation: 'HeadBucket', input: { Bucket: 'b' }, expected: [p('s3:ListBucket', obj('b'))] },
  { label: '5 ListBuckets', service: 's3', operation: 'ListBuckets', input: {}, expected: [p('s3:ListAllMyBuckets', '*')] },
  { label: '6 CopyObject', service: 's3', operation: 'CopyObject', input: { Bucket: 'dst', Key: 'k2', CopySource: 'src/k1' },
    expected: [p('s3:GetObject', obj('src/k1')), p('s3:PutObject', obj('dst/k2'))] },
  { label: '6 CopyObject version + tags', service: 's3', operation: 'CopyObject',
    input: { Bucket: 'dst', Key: 'k2', CopySource: '/src/k%201?versionId=v1', TaggingDirective: 'COPY', ACL: 'private' },
    expected: [p('s3:GetObject', obj('src/k 1')), p('s3:GetObjectTagging', obj('src/k 1')), p('s3:GetObjectVersion', obj('src/k 1')),
      p('s3:PutObject', obj('dst/k2')), p('s3:PutObjectAcl', obj('dst/k2')), p('s3:PutObjectTagging', obj('dst/k2'))] },
  { label: '6 CopyObject SSE-KMS alias', service: 's3', operation: 'CopyObject', kmsEncrypted: true,
    input: { Bucket: 'dst', Key: 'k2', CopySource: 'src/k1', SSEKMSKeyId: 'alias/app' },
    expected: [p('kms:Decrypt', key, via('s3')),
      p('kms:GenerateDataKey', key, { StringEquals: { 'kms:RequestAlias': 'alias/app', 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }),
      p('s3:GetObject', obj('src/k1')), p('s3:PutObject', obj('dst/k2'))] },
  { label: '7 UploadPartCopy', service: 's3', operation: 'UploadPartCopy', input: { Bucket: 'dst', Key: 'k2', CopySource: '/src/k1', PartNumber: 1, UploadId: 'u' },
    expected: [p('s3:GetObject', obj('src/k1')), p('s3:PutObject', obj('dst/k2'))] },
  { label: '8 DeleteObjects', service: 's3', operation: 'DeleteObjects',
    input: { Bucket: 'b', Delete: { Objects: [{ Key: 'a' }, { Key: 'c', VersionId: 'v' }] } },
    expected: [p('s3:DeleteObject', obj('b/a')), p('s3:DeleteObject', obj('b/c')), p('s3:DeleteObjectVersion', obj('b/c'))] },
  { label: '8 DeleteObjects unknown keys', service: 's3', operation: 'DeleteObjects', input: { Bucket: 'b', Delete: { Objects: unknown('stale.map(...)') } },
    expected: [p('s3:DeleteObject', obj('b/*'))] },
  { label: '9 CreateMultipartUpload SSE-KMS', service: 's3', operation: 'CreateMultipartUpload', input: { Bucket: 'b', Key: 'k', ServerSideEncryption: 'aws:kms' },
    expected: [p('kms:Decrypt', key, via('s3')), p('kms:GenerateDataKey', key, via('s3')), p('s3:PutObject', obj('b/k'))] },
  { label: '9 UploadPart', service: 's3', operation: 'UploadPart', input: { Bucket: 'b', Key: 'k', PartNumber: 1, UploadId: 'u' }, expected: [p('s3:PutObject', obj('b/k'))] },
  { label: '9 CompleteMultipartUpload', service: 's3', operation: 'CompleteMultipartUpload', input: { Bucket: 'b', Key: 'k', UploadId: 'u' }, expected: [p('s3:PutObject', obj('b/k'))] },
  { label: '10 AbortMultipartUpload', service: 's3', operation: 'AbortMultipartUpload', input: { Bucket: 'b', Key: 'k', UploadId: 'u' }, expected: [p('s3:AbortMultipartUpload', obj('b/k'))] },
  { label: '10 ListParts', service: 's3', operation: 'ListParts', input: { Bucket: 'b', Key: 'k', UploadId: 'u' }, expected: [p('s3:ListMultipartUploadParts', obj('b/k'))] },
  { label: '10 ListMultipartUploads', service: 's3', operation: 'ListMultipartUploads', input: { Bucket: 'b' }, expected: [p('s3:ListBucketMultipartUploads', obj('b'))] },
  { label: '11 lib-storage Upload', service: '@aws-sdk/lib-storage', operation: 'Upload', input: { client: unknown('client'), params: { Bucket: 'b', Key: 'k', Body: 'x' } },
    expected: [p('s3:AbortMultipartUpload', obj('b/k')), p('s3:PutObject', obj('b/k'))] },
  { label: '11 lib-storage Upload tags, leavePartsOnError', service: 'lib-storage', operation: 'Upload',
    input: { params: { Bucket: 'b', Key: 'k' }, tags: [{ Key: 't', Value: 'v' }], leavePartsOnError: true },
    expected: [p('s3:PutObject', obj('b/k')), p('s3:PutObjectTagging', obj('b/k'))] },
  { label: '16 lib-storage Upload directory bucket', service: 'lib-storage', operation: 'Upload', input: { params: { Bucket: directoryBucket, Key: 'k' } },
    expected: [p('s3express:CreateSession', `arn:aws:s3express:us-east-1:${acct}:bucket/${directoryBucket}`)] },
  { label: '11 v2 s3.upload', service: 'S3', operation: 'upload', input: { Bucket: 'b', Key: 'k', Body: 'x' },
    expected: [p('s3:AbortMultipartUpload', obj('b/k')), p('s3:PutObject', obj('b/k'))] },
  { label: '12 presigned PutObject (wrapped command)', service: 's3', operation: 'PutObjectCommand', input: { Bucket: 'b', Key: 'k' }, expected: [p('s3:PutObject', obj('b/k'))] },
  { label: '13 createPresignedPost ${filename}', service: '@aws-sdk/s3-presigned-post', operation: 'createPresignedPost',
    input: { Bucket: 'b', Key: 'uploads/${filename}' }, expected: [p('s3:PutObject', obj('b/uploads/*'))] },
  { label: '13 v2 createPresignedPost', service: 's3', operation: 'createPresignedPost', input: { Bucket: 'b', Key: 'uploads/a.png' },
    expected: [p('s3:PutObject', obj('b/uploads/a.png'))] },
  { label: '14 GetObjectAttributes', service: 's3', operation: 'GetObjectAttributes', input: { Bucket: 'b', Key: 'k', ObjectAttributes: ['ETag'] },
    expected: [p('s3:GetObject', obj('b/k')), p('s3:GetObjectAttributes', obj('b/k'))] },
  { label: '14 GetObjectAttributes VersionId', service: 's3', operation: 'GetObjectAttributes', input: { Bucket: 'b', Key: 'k', VersionId: 'v' },
    expected: [p('s3:GetObjectVersion', obj('b/k')), p('s3:GetObjectVersionAttributes', obj('b/k'))] },
  { label: '15 DeleteBucketCors', service: 's3', operation: 'DeleteBucketCors', input: { Bucket: 'b' }, expected: [p('s3:PutBucketCORS', obj('b'))] },
  { label: '15 DeleteBucketLifecycle', service: 's3', operation: 'DeleteBucketLifecycle', input: { Bucket: 'b' }, expected: [p('s3:PutLifecycleConfiguration', obj('b'))] },
  { label: '15 DeleteBucketEncryption', service: 's3', operation: 'DeleteBucketEncryption', input: { Bucket: 'b' }, expected: [p('s3:PutEncryptionConfiguration', obj('b'))] },
  { label: '15 GetBucketNotificationConfiguration', service: 's3', operation: 'GetBucketNotificationConfiguration', input: { Bucket: 'b' },
    expected: [p('s3:GetBucketNotification', obj('b'))] },
  { label: '15 PutBucketLifecycleConfiguration', service: 's3', operation: 'PutBucketLifecycleConfiguration', input: { Bucket: 'b' },
    expected: [p('s3:PutLifecycleConfiguration', obj('b'))] },
  { label: '15 PutBucketLifecycleConfiguration directory bucket', service: 's3', operation: 'PutBucketLifecycleConfiguration', input: { Bucket: directoryBucket },
    expected: [p('s3express:PutLifecycleConfiguration', `arn:aws:s3express:us-east-1:${acct}:bucket/${directoryBucket}`)] },
  { label: '16 GetObject directory bucket', service: 's3', operation: 'GetObject', input: { Bucket: directoryBucket, Key: 'k' },
    expected: [p('s3express:CreateSession', `arn:aws:s3express:us-east-1:${acct}:bucket/${directoryBucket}`)] },
  { label: '16 PutObject directory bucket', service: 's3', operation: 'PutObject', input: { Bucket: directoryBucket, Key: 'k', Body: 'x' },
    expected: [p('s3express:CreateSession', `arn:aws:s3express:us-east-1:${acct}:bucket/${directoryBucket}`)] },
  { label: '17 S3 Control PutPublicAccessBlock', service: 's3-control', operation: 'PutPublicAccessBlock', input: { AccountId: acct, PublicAccessBlockConfiguration: {} },
    expected: [p('s3:PutAccountPublicAccessBlock', '*')] },
];

const dynamoRows: Row[] = [
  { label: '18 BatchWriteItem', service: 'dynamodb', operation: 'BatchWriteItem', input: { RequestItems: { orders: [], users: [] } },
    expected: [p('dynamodb:BatchWriteItem', table('orders')), p('dynamodb:BatchWriteItem', table('users'))] },
  { label: '18 DocumentClient batchWrite', service: 'DynamoDB.DocumentClient', operation: 'batchWrite', input: { RequestItems: { orders: [] } },
    expected: [p('dynamodb:BatchWriteItem', table('orders'))] },
  { label: '19 BatchGetItem', service: 'dynamodb', operation: 'BatchGetItem', input: { RequestItems: { orders: { Keys: [] } } },
    expected: [p('dynamodb:BatchGetItem', table('orders'))] },
  { label: '20 TransactWriteItems', service: 'dynamodb', operation: 'TransactWriteItems',
    input: { TransactItems: [{ ConditionCheck: { TableName: 'a' } }, { Put: { TableName: 'b' } }, { Update: { TableName: 'c' } }, { Delete: { TableName: 'd' } }] },
    expected: [p('dynamodb:ConditionCheckItem', table('a')), p('dynamodb:DeleteItem', table('d')), p('dynamodb:PutItem', table('b')), p('dynamodb:UpdateItem', table('c'))] },
  { label: '20 lib-dynamodb TransactWriteCommand', service: '@aws-sdk/lib-dynamodb', operation: 'TransactWriteCommand',
    input: { TransactItems: [{ Put: { TableName: 'b' } }] }, expected: [p('dynamodb:PutItem', table('b'))] },
  { label: '21 TransactGetItems', service: 'dynamodb', operation: 'TransactGetItems', input: { TransactItems: [{ Get: { TableName: 'a' } }, { Get: { TableName: 'b' } }] },
    expected: [p('dynamodb:GetItem', table('a')), p('dynamodb:GetItem', table('b'))] },
  { label: '22 Query IndexName', service: 'dynamodb', operation: 'Query', input: { TableName: 'orders', IndexName: 'by-date' },
    expected: [p('dynamodb:Query', table('orders/index/by-date'))] },
  { label: '22 Scan', service: 'dynamodb', operation: 'Scan', input: { TableName: 'orders' }, expected: [p('dynamodb:Scan', table('orders'))] },
  { label: '23 ExecuteStatement index SELECT', service: 'dynamodb', operation: 'ExecuteStatement',
    input: { Statement: 'SELECT * FROM "orders"."by-date" WHERE day = ?' }, expected: [p('dynamodb:PartiQLSelect', table('orders/index/by-date'))] },
  { label: '23 ExecuteStatement UPDATE', service: 'dynamodb', operation: 'ExecuteStatement', input: { Statement: 'UPDATE "orders" SET total = 1 WHERE pk = ?' },
    expected: [p('dynamodb:PartiQLUpdate', table('orders'))] },
  { label: '23 ExecuteStatement unknown statement', service: 'dynamodb', operation: 'ExecuteStatement', input: { Statement: unknown('event.sql') },
    expected: ['Delete', 'Insert', 'Select', 'Update'].map((verb) => p(`dynamodb:PartiQL${verb}`, table('*'))) },
  { label: '23 BatchExecuteStatement', service: 'dynamodb', operation: 'BatchExecuteStatement',
    input: { Statements: [{ Statement: `INSERT INTO "a" VALUE {'pk': ?}` }, { Statement: 'DELETE FROM b WHERE pk = ?' }] },
    expected: [p('dynamodb:PartiQLDelete', table('b')), p('dynamodb:PartiQLInsert', table('a'))] },
  { label: '23 ExecuteTransaction', service: 'dynamodb', operation: 'ExecuteTransaction', input: { TransactStatements: [{ Statement: 'select * from t' }] },
    expected: [p('dynamodb:PartiQLSelect', table('t'))] },
  ...(['Put:PutItem', 'Get:GetItem', 'Update:UpdateItem', 'Delete:DeleteItem', 'Query:Query', 'Scan:Scan'] as const).map((pair): Row => {
    const [command, action] = pair.split(':') as [string, string];
    return { label: `24 lib-dynamodb ${command}Command`, service: 'lib-dynamodb', operation: `${command}Command`, input: { TableName: 't' },
      expected: [p(`dynamodb:${action}`, table('t'))] };
  }),
  { label: '24 DocumentClient put', service: 'dynamodb.documentclient', operation: 'put', input: { TableName: 't', Item: {} }, expected: [p('dynamodb:PutItem', table('t'))] },
  { label: '25 GetItem CMK', service: 'dynamodb', operation: 'GetItem', input: { TableName: 't' }, kmsEncrypted: true,
    expected: [p('dynamodb:GetItem', table('t')), p('kms:Decrypt', key, via('dynamodb'))] },
  { label: '52 DynamoDB Streams GetRecords', service: 'dynamodb-streams', operation: 'GetRecords', input: { ShardIterator: 'opaque' },
    expected: [p('dynamodb:GetRecords', table('*/stream/*'))] },
];

const computeRows: Row[] = [
  { label: '26 Invoke name', service: 'lambda', operation: 'Invoke', input: { FunctionName: 'resize' }, expected: [p('lambda:InvokeFunction', fn('resize'))] },
  { label: '26 Invoke name:qualifier', service: 'lambda', operation: 'Invoke', input: { FunctionName: 'resize:prod' },
    expected: [p('lambda:InvokeFunction', fn('resize')), p('lambda:InvokeFunction', fn('resize:prod'))] },
  { label: '26 Invoke ARN + Qualifier', service: 'lambda', operation: 'Invoke',
    input: { FunctionName: 'arn:aws:lambda:us-west-2:111122223333:function:resize', Qualifier: '7' },
    expected: [p('lambda:InvokeFunction', 'arn:aws:lambda:us-west-2:111122223333:function:resize'),
      p('lambda:InvokeFunction', 'arn:aws:lambda:us-west-2:111122223333:function:resize:7')] },
  { label: '26 Invoke partial ARN', service: 'lambda', operation: 'Invoke', input: { FunctionName: '111122223333:function:resize' },
    expected: [p('lambda:InvokeFunction', 'arn:aws:lambda:us-east-1:111122223333:function:resize')] },
  { label: '26 Invoke unknown Qualifier', service: 'lambda', operation: 'Invoke', input: { FunctionName: 'resize', Qualifier: unknown('event.alias') },
    expected: [p('lambda:InvokeFunction', fn('resize')), p('lambda:InvokeFunction', fn('resize:*'))] },
  { label: '26 InvokeWithResponseStream unknown', service: 'lambda', operation: 'InvokeWithResponseStream', input: { FunctionName: unknown('event.fn') },
    expected: [p('lambda:InvokeFunction', fn('*'))] },
  { label: '27 CreateFunction', service: 'lambda', operation: 'CreateFunction', input: { FunctionName: 'f', Role: roleArn },
    expected: [p('iam:PassRole', roleArn, eq('iam:PassedToService', 'lambda.amazonaws.com')), p('lambda:CreateFunction', fn('f'))] },
  { label: '27 CreateSchedule in a group, role from Target', service: 'scheduler', operation: 'CreateSchedule',
    input: { Name: 'reminder-1', GroupName: 'reminders', ScheduleExpression: 'at(2026-01-01T00:00:00)', Target: { Arn: fn('notify'), RoleArn: roleArn } },
    expected: [p('iam:PassRole', roleArn, eq('iam:PassedToService', 'scheduler.amazonaws.com')),
      p('scheduler:CreateSchedule', `arn:aws:scheduler:us-east-1:${acct}:schedule/reminders/reminder-1`)] },
  { label: '27 DeleteSchedule without a group is in the default group', service: 'scheduler', operation: 'DeleteSchedule', input: { Name: 'reminder-1' },
    expected: [p('scheduler:DeleteSchedule', `arn:aws:scheduler:us-east-1:${acct}:schedule/default/reminder-1`)] },
  { label: '28 SendMessageBatch', service: 'sqs', operation: 'SendMessageBatch', input: { QueueUrl: queueUrl, Entries: [] }, expected: [p('sqs:SendMessage', queue)] },
  { label: '28 DeleteMessageBatch', service: 'sqs', operation: 'DeleteMessageBatch', input: { QueueUrl: queueUrl, Entries: [] }, expected: [p('sqs:DeleteMessage', queue)] },
  { label: '28 ChangeMessageVisibilityBatch', service: 'sqs', operation: 'ChangeMessageVisibilityBatch', input: { QueueUrl: queueUrl, Entries: [] },
    expected: [p('sqs:ChangeMessageVisibility', queue)] },
  { label: '29 ReceiveMessage other region', service: 'sqs', operation: 'ReceiveMessage', input: { QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/111122223333/jobs' },
    expected: [p('sqs:ReceiveMessage', 'arn:aws:sqs:eu-west-1:111122223333:jobs')] },
  { label: '29 GetQueueUrl', service: 'sqs', operation: 'GetQueueUrl', input: { QueueName: 'orders' }, expected: [p('sqs:GetQueueUrl', queue)] },
  { label: '30 SendMessage SSE-KMS', service: 'sqs', operation: 'SendMessage', input: { QueueUrl: queueUrl, MessageBody: 'x' }, kmsEncrypted: true,
    expected: [p('kms:Decrypt', key, via('sqs')), p('kms:GenerateDataKey', key, via('sqs')), p('sqs:SendMessage', queue)] },
  { label: '30 ReceiveMessage SSE-KMS', service: 'sqs', operation: 'ReceiveMessage', input: { QueueUrl: queueUrl }, kmsEncrypted: true,
    expected: [p('kms:Decrypt', key, via('sqs')), p('sqs:ReceiveMessage', queue)] },
  { label: '31 Publish', service: 'sns', operation: 'Publish', input: { TopicArn: topic, Message: 'x' }, expected: [p('sns:Publish', topic)] },
  { label: '31 Publish SMS', service: 'sns', operation: 'Publish', input: { PhoneNumber: '+15555550100', Message: 'x' }, expected: [p('sns:Publish', '*')] },
  { label: '31 PublishBatch encrypted', service: 'sns', operation: 'PublishBatch', input: { TopicArn: topic, PublishBatchRequestEntries: [] }, kmsEncrypted: true,
    expected: [p('kms:Decrypt', key, via('sns')), p('kms:GenerateDataKey*', key, via('sns')), p('sns:Publish', topic)] },
  { label: '32 AssumeRole tags + source identity', service: 'sts', operation: 'AssumeRole',
    input: { RoleArn: roleArn, RoleSessionName: 's', Tags: [{ Key: 'k', Value: 'v' }], SourceIdentity: 'me' },
    expected: [p('sts:AssumeRole', roleArn), p('sts:SetSourceIdentity', roleArn), p('sts:TagSession', roleArn)] },
  ...([['sts', 'GetCallerIdentity'], ['sts', 'GetSessionToken'], ['sts', 'AssumeRoleWithWebIdentity'], ['sts', 'AssumeRoleWithSAML'],
    ['cognito-identity-provider', 'InitiateAuth'], ['cognito-identity-provider', 'SignUp'], ['cognito-identity', 'GetId'],
    ['cognito-identity', 'GetCredentialsForIdentity']] as const).map(([service, operation]): Row => ({
    label: `33 ${service} ${operation} needs no permission`, service, operation, input: {}, expected: [] })),
  { label: '34 GetParameter', service: 'ssm', operation: 'GetParameter', input: { Name: '/app/db/url' }, expected: [p('ssm:GetParameter', param('app/db/url'))] },
  { label: '34 GetParameter WithDecryption CMK', service: 'ssm', operation: 'GetParameter', input: { Name: '/app/key', WithDecryption: true }, kmsEncrypted: true,
    expected: [p('kms:Decrypt', key, via('ssm')), p('ssm:GetParameter', param('app/key'))] },
  { label: '34 GetParameters', service: 'ssm', operation: 'GetParameters', input: { Names: ['/a/x', 'b'] },
    expected: [p('ssm:GetParameters', param('a/x')), p('ssm:GetParameters', param('b'))] },
  { label: '34 GetParametersByPath', service: 'ssm', operation: 'GetParametersByPath', input: { Path: '/app' },
    expected: [p('ssm:GetParametersByPath', param('app')), p('ssm:GetParametersByPath', param('app/*'))] },
  { label: '35 GetSecretValue name', service: 'secrets-manager', operation: 'GetSecretValue', input: { SecretId: 'prod/db' },
    expected: [p('secretsmanager:GetSecretValue', secret('prod/db-??????'))] },
  { label: '35 GetSecretValue ARN, CMK', service: 'secrets-manager', operation: 'GetSecretValue', input: { SecretId: secret('prod/db-AbC123') }, kmsEncrypted: true,
    expected: [p('kms:Decrypt', key, via('secretsmanager')), p('secretsmanager:GetSecretValue', secret('prod/db-AbC123'))] },
  { label: '36 BatchGetSecretValue list', service: 'secrets-manager', operation: 'BatchGetSecretValue', input: { SecretIdList: ['a', secret('b-AbC123')] },
    expected: [p('secretsmanager:BatchGetSecretValue', '*'), p('secretsmanager:GetSecretValue', secret('a-??????')), p('secretsmanager:GetSecretValue', secret('b-AbC123'))] },
  { label: '36 BatchGetSecretValue filters', service: 'secrets-manager', operation: 'BatchGetSecretValue', input: { Filters: [{ Key: 'name', Values: ['prod'] }] },
    expected: [p('secretsmanager:BatchGetSecretValue', '*'), p('secretsmanager:GetSecretValue', secret('*')), p('secretsmanager:ListSecrets', '*')] },
  { label: '37 PutEvents', service: 'eventbridge', operation: 'PutEvents',
    input: { Entries: [{ Source: 'a' }, { EventBusName: 'orders' }, { EventBusName: `arn:aws:events:us-east-1:${acct}:event-bus/audit` }] },
    expected: ['audit', 'default', 'orders'].map((bus) => p('events:PutEvents', `arn:aws:events:us-east-1:${acct}:event-bus/${bus}`)) },
  { label: '37 v2 CloudWatchEvents putEvents', service: 'CloudWatchEvents', operation: 'putEvents', input: { Entries: [{ Source: 'a' }] },
    expected: [p('events:PutEvents', `arn:aws:events:us-east-1:${acct}:event-bus/default`)] },
  { label: '38 StartExecution alias', service: 'sfn', operation: 'StartExecution', input: { stateMachineArn: `arn:aws:states:us-east-1:${acct}:stateMachine:flow:prod` },
    expected: [p('states:StartExecution', `arn:aws:states:us-east-1:${acct}:stateMachine:flow:prod`)] },
  // Athena writes the results with the caller's credentials; the default workgroup is "primary".
  { label: 'athena StartQueryExecution', service: 'athena', operation: 'StartQueryExecution',
    input: { QueryString: 'SELECT 1', WorkGroup: 'analytics', ResultConfiguration: { OutputLocation: 's3://results/clickstream/' } },
    expected: [
      p('athena:StartQueryExecution', `arn:aws:athena:us-east-1:${acct}:workgroup/analytics`),
      p('s3:GetBucketLocation', 'arn:aws:s3:::results'),
      p('s3:PutObject', 'arn:aws:s3:::results/clickstream/*'),
      p('s3:GetObject', 'arn:aws:s3:::results/clickstream/*'),
    ] },
  { label: 'athena StartQueryExecution tables', service: 'athena', operation: 'StartQueryExecution', input: { QueryString: 'SELECT * FROM "Clicks"."Events" e JOIN clicks.pages p ON e.p = p.id' },
    expected: [
      p('athena:StartQueryExecution', `arn:aws:athena:us-east-1:${acct}:workgroup/primary`),
      p('glue:GetTable', `arn:aws:glue:us-east-1:${acct}:catalog`),
      p('glue:GetTable', `arn:aws:glue:us-east-1:${acct}:database/clicks`),
      p('glue:GetTable', `arn:aws:glue:us-east-1:${acct}:table/clicks/events`),
      p('glue:GetTable', `arn:aws:glue:us-east-1:${acct}:table/clicks/pages`),
    ] },
  { label: 'athena StartQueryExecution default workgroup', service: 'athena', operation: 'StartQueryExecution', input: { QueryString: 'SELECT 1' },
    expected: [p('athena:StartQueryExecution', `arn:aws:athena:us-east-1:${acct}:workgroup/primary`)] },
  // An execution ARN names its state machine in the middle: the ARN is the resource, whole.
  { label: '38 DescribeExecution', service: 'sfn', operation: 'DescribeExecution', input: { executionArn: `arn:aws:states:us-east-1:${acct}:execution:flow:run-1` },
    expected: [p('states:DescribeExecution', `arn:aws:states:us-east-1:${acct}:execution:flow:run-1`)] },
  { label: '38 StopExecution unknown', service: 'sfn', operation: 'StopExecution', input: { executionArn: unknown('from the event') },
    expected: [p('states:StopExecution', `arn:aws:states:us-east-1:${acct}:execution:*:*`)] },
  // A generated rule on a whole ARN the code does not tell: the resource type's format, not "*".
  { label: '38 GetExecutionHistory unknown', service: 'sfn', operation: 'GetExecutionHistory', input: { executionArn: unknown('from the event') },
    expected: [p('states:GetExecutionHistory', `arn:aws:states:us-east-1:${acct}:execution:*:*`)] },
  { label: 'streams DescribeStream', service: 'dynamodb-streams', operation: 'DescribeStream', input: { StreamArn: `${table('orders')}/stream/2024-01-01T00:00:00.000` },
    expected: [p('dynamodb:DescribeStream', `${table('orders')}/stream/2024-01-01T00:00:00.000`)] },
  { label: 'streams GetShardIterator unknown', service: 'dynamodb-streams', operation: 'GetShardIterator', input: { StreamArn: unknown('from the event'), ShardId: 's', ShardIteratorType: 'LATEST' },
    expected: [p('dynamodb:GetShardIterator', `arn:aws:dynamodb:us-east-1:${acct}:table/*/stream/*`)] },
  { label: '38 StartSyncExecution', service: 'sfn', operation: 'StartSyncExecution', input: { stateMachineArn: `arn:aws:states:us-east-1:${acct}:stateMachine:flow` },
    expected: [p('states:StartSyncExecution', `arn:aws:states:us-east-1:${acct}:stateMachine:flow`)] },
  { label: '38 SendTaskSuccess', service: 'sfn', operation: 'SendTaskSuccess', input: { taskToken: 't', output: '{}' }, expected: [p('states:SendTaskSuccess', '*')] },
  { label: '39 PutMetricData', service: 'cloudwatch', operation: 'PutMetricData', input: { Namespace: 'Orders', MetricData: [] },
    expected: [p('cloudwatch:PutMetricData', '*', eq('cloudwatch:namespace', 'Orders'))] },
  { label: '40 PutLogEvents', service: 'cloudwatch-logs', operation: 'PutLogEvents', input: { logGroupName: '/aws/app', logStreamName: 's1', logEvents: [] },
    expected: [p('logs:PutLogEvents', `arn:aws:logs:us-east-1:${acct}:log-group:/aws/app:log-stream:s1`)] },
  { label: '40 CreateLogStream', service: 'cloudwatch-logs', operation: 'CreateLogStream', input: { logGroupName: '/aws/app', logStreamName: 's1' },
    expected: [p('logs:CreateLogStream', `arn:aws:logs:us-east-1:${acct}:log-group:/aws/app:log-stream:s1`)] },
  ...([['PostToConnection', 'POST'], ['GetConnection', 'GET'], ['DeleteConnection', 'DELETE']] as const).map(([operation, method]): Row => ({
    label: `41 ${operation}`, service: 'apigatewaymanagementapi', operation, input: { ConnectionId: 'c1' },
    endpoint: 'https://abc123.execute-api.us-east-1.amazonaws.com/prod',
    expected: [p('execute-api:ManageConnections', `arn:aws:execute-api:us-east-1:${acct}:abc123/prod/${method}/@connections/*`)] })),
  { label: '41 PostToConnection without endpoint', service: 'apigatewaymanagementapi', operation: 'PostToConnection', input: { ConnectionId: 'c1' },
    expected: [p('execute-api:ManageConnections', `arn:aws:execute-api:us-east-1:${acct}:*/*/POST/@connections/*`)] },
  { label: '42 IoT Publish', service: 'iot-data-plane', operation: 'Publish', input: { topic: 'devices/1/cmd', payload: 'x' },
    expected: [p('iot:Publish', `arn:aws:iot:us-east-1:${acct}:topic/devices/1/cmd`)] },
  { label: '43 ReEncrypt', service: 'kms', operation: 'ReEncrypt',
    input: { SourceKeyId: `arn:aws:kms:us-east-1:${acct}:key/1234abcd-12ab-34cd-56ef-1234567890ab`, DestinationKeyId: 'alias/new' },
    expected: [p('kms:ReEncryptFrom', `arn:aws:kms:us-east-1:${acct}:key/1234abcd-12ab-34cd-56ef-1234567890ab`),
      p('kms:ReEncryptTo', key, eq('kms:RequestAlias', 'alias/new'))] },
  { label: '44 Encrypt with alias', service: 'kms', operation: 'Encrypt', input: { KeyId: 'alias/app', Plaintext: 'x' },
    expected: [p('kms:Encrypt', key, eq('kms:RequestAlias', 'alias/app'))] },
  { label: '45 SES SendEmail', service: 'ses', operation: 'SendEmail', input: { Source: 'Shop <shop@example.com>', Destination: {}, Message: {} },
    expected: [p('ses:SendEmail', identity('example.com')), p('ses:SendEmail', identity('shop@example.com'))] },
  { label: '45 SESv2 SendEmail raw', service: 'sesv2', operation: 'SendEmail', input: { FromEmailAddress: 'shop@example.com', Content: { Raw: { Data: 'x' } } },
    expected: [p('ses:SendRawEmail', identity('example.com')), p('ses:SendRawEmail', identity('shop@example.com'))] },
  { label: '45 SESv2 SendEmail simple + configuration set', service: 'sesv2', operation: 'SendEmail',
    input: { FromEmailAddress: 'shop@example.com', ConfigurationSetName: 'cs', Content: { Simple: {} } },
    expected: [p('ses:SendEmail', `arn:aws:ses:us-east-1:${acct}:configuration-set/cs`), p('ses:SendEmail', identity('example.com')),
      p('ses:SendEmail', identity('shop@example.com'))] },
  { label: '46 InvokeModel', service: 'bedrock-runtime', operation: 'InvokeModel', input: { modelId: claude, body: '{}' },
    expected: [p('bedrock:InvokeModel', `arn:aws:bedrock:us-east-1::foundation-model/${claude}`)] },
  { label: '46 Converse profile + guardrail', service: 'bedrock-runtime', operation: 'Converse',
    input: { modelId: `us.${claude}`, guardrailConfig: { guardrailIdentifier: 'gr1', guardrailVersion: '1' } },
    expected: [p('bedrock:ApplyGuardrail', `arn:aws:bedrock:us-east-1:${acct}:guardrail/gr1`), p('bedrock:InvokeModel', `arn:aws:bedrock:*::foundation-model/${claude}`),
      p('bedrock:InvokeModel', `arn:aws:bedrock:us-east-1:${acct}:inference-profile/us.${claude}`)] },
  { label: '46 ConverseStream', service: 'bedrock-runtime', operation: 'ConverseStream', input: { modelId: claude },
    expected: [p('bedrock:InvokeModelWithResponseStream', `arn:aws:bedrock:us-east-1::foundation-model/${claude}`)] },
  { label: '47 PutRecord', service: 'kinesis', operation: 'PutRecord', input: { StreamName: 'clicks', Data: 'x', PartitionKey: 'p' },
    expected: [p('kinesis:PutRecord', `arn:aws:kinesis:us-east-1:${acct}:stream/clicks`)] },
  { label: '47 GetRecords SSE-KMS', service: 'kinesis', operation: 'GetRecords', input: { ShardIterator: 'opaque' }, kmsEncrypted: true,
    expected: [p('kinesis:GetRecords', `arn:aws:kinesis:us-east-1:${acct}:stream/*`), p('kms:Decrypt', key, via('kinesis'))] },
  { label: '48 rds-signer', service: '@aws-sdk/rds-signer', operation: 'getAuthToken',
    input: { hostname: 'db.abc.us-east-1.rds.amazonaws.com', port: 5432, username: 'app' },
    expected: [p('rds-db:connect', `arn:aws:rds-db:us-east-1:${acct}:dbuser:*/app`)] },
  ...([['getDbConnectAuthToken', 'DbConnect'], ['getDbConnectAdminAuthToken', 'DbConnectAdmin']] as const).map(([operation, action]): Row => ({
    label: `49 dsql-signer ${operation}`, service: '@aws-sdk/dsql-signer', operation, input: { hostname: 'abcdefghijklmnopqrst.dsql.us-east-1.on.aws' },
    expected: [p(`dsql:${action}`, `arn:aws:dsql:us-east-1:${acct}:cluster/abcdefghijklmnopqrst`)] })),
  { label: '50 RunTask', service: 'ecs', operation: 'RunTask', input: { cluster: 'c', taskDefinition: 'web:3', tags: [{ key: 'k', value: 'v' }] },
    expected: [p('ecs:RunTask', `arn:aws:ecs:us-east-1:${acct}:task-definition/web:3`), p('ecs:TagResource', `arn:aws:ecs:us-east-1:${acct}:task/*`, eq('ecs:CreateAction', 'RunTask')),
      p('iam:PassRole', `arn:aws:iam::${acct}:role/*`, eq('iam:PassedToService', 'ecs-tasks.amazonaws.com'))] },
  { label: '51 Cloud Control GetResource', service: 'cloudcontrol', operation: 'GetResource', input: { TypeName: 'AWS::S3::Bucket', Identifier: 'b' },
    expected: [p('cloudformation:GetResource', '*')] },
];

const byValue = (a: Expected, b: Expected): number => JSON.stringify([a.action, a.resource, a.condition ?? null]).localeCompare(JSON.stringify([b.action, b.resource, b.condition ?? null]));

describe('tricky operations', () => {
  it.each([...s3Rows, ...dynamoRows, ...computeRows].map((row) => [row.label, row] as const))('%s', (_label, row) => {
    const callContext = row.endpoint === undefined ? context : { ...context, endpoint: row.endpoint };
    const result = permissionsForCall({ service: row.service, operation: row.operation, input: row.input, context: callContext, kmsEncrypted: row.kmsEncrypted ?? false });
    const got = result.permissions.map(({ action, resource, condition }) => (condition ? { action, resource, condition } : { action, resource })).sort(byValue);
    expect(got).toEqual([...row.expected].sort(byValue));
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    if (row.expected.length === 0) expect(result.findings.map((finding) => finding.code)).toEqual(['no-permission-needed']);
  });
});
