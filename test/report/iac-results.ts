// A result from project-root mode: functions read from a SAM template and from Terraform, with what
// the IaC grants them today and the diff against it. Its ARNs exercise every write-back rewrite: a
// resource of the template, a path under one, a Ref-only resource (SNS), an SSM parameter (never a
// reference), another account's queue (account stays literal) and an IAM policy variable.
import type { FunctionResult, NeededPermission } from '../../src/model.js';
import { emptyFunction, KEY, resultOf, TABLE } from './sample-results.js';

export { TABLE };
export const TOPIC = 'arn:aws:sns:us-east-1:123456789012:orders';
export const PARTNER_QUEUE = 'arn:aws:sqs:us-east-1:999999999999:partner-intake';
export const USER_PARAMETERS = 'arn:aws:ssm:us-east-1:123456789012:parameter/users/${aws:username}/*';

const at = (file: string, line: number) => ({ file, line, column: 5 });

const putItem: NeededPermission = {
  action: 'dynamodb:PutItem',
  resource: TABLE,
  calls: [{ at: at('src/orders/create.ts', 18), service: 'lib-dynamodb', operation: 'Put', via: 'v3-send' }],
};

export const samFunction: FunctionResult = {
  name: 'OrderFunction',
  entry: 'src/orders/create.ts',
  policy: {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'DynamoDB', Effect: 'Allow', Action: ['dynamodb:PutItem', 'dynamodb:Query'], Resource: [TABLE, `${TABLE}/index/*`] },
      {
        Sid: 'Kms',
        Effect: 'Allow',
        Action: ['kms:Decrypt'],
        Resource: [KEY],
        Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
      },
      { Sid: 'S3', Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::invoices/*'] },
      { Sid: 'Sns', Effect: 'Allow', Action: ['sns:Publish'], Resource: [TOPIC] },
      { Sid: 'Sqs', Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: [PARTNER_QUEUE] },
      { Sid: 'Ssm', Effect: 'Allow', Action: ['ssm:GetParameter'], Resource: [USER_PARAMETERS] },
    ],
  },
  permissions: [
    putItem,
    {
      action: 'dynamodb:Query',
      resource: `${TABLE}/index/*`,
      calls: [{ at: at('src/orders/list.ts', 9), service: 'lib-dynamodb', operation: 'Query', via: 'v3-send' }],
    },
    {
      action: 'sns:Publish',
      resource: TOPIC,
      calls: [{ at: at('src/orders/create.ts', 30), service: 'sns', operation: 'Publish', via: 'v3-send' }],
    },
  ],
  calls: [],
  findings: [],
  iac: {
    at: { kind: 'sam', file: 'template.yaml', path: 'Resources.OrderFunction', line: 42 },
    declaredPolicies: [
      { Version: '2012-10-17', Statement: [{ Sid: 'Crud', Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:DeleteItem', 'dynamodb:Query'], Resource: [TABLE, `${TABLE}/index/*`] }] },
    ],
    managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
    resourceArns: {
      OrdersTable: TABLE,
      InvoicesBucket: 'arn:aws:s3:::invoices',
      OrderTopic: TOPIC,
      UsersParameter: 'arn:aws:ssm:us-east-1:123456789012:parameter/users',
    },
  },
  declaredDiff: {
    missing: [putItem],
    excess: [
      { action: 'dynamodb:GetItem', resource: TABLE, statementSid: 'Crud' },
      { action: 'dynamodb:DeleteItem', resource: TABLE, statementSid: 'Crud' },
    ],
    unevaluated: ['Managed policy arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole cannot be read offline; what it grants is not compared.'],
  },
};

export const terraformFunction: FunctionResult = {
  name: 'report',
  entry: 'lambdas/report/index.ts',
  policy: {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ReadOrders', Effect: 'Allow', Action: ['dynamodb:Query'], Resource: [TABLE, `${TABLE}/index/*`] },
      { Sid: 'Reports', Effect: 'Allow', Action: ['s3:PutObject'], Resource: ['arn:aws:s3:::reports/${aws:username}/*'] },
    ],
  },
  permissions: [],
  calls: [],
  findings: [],
  iac: {
    at: { kind: 'terraform', file: 'infra/lambda.tf', path: 'aws_lambda_function.report', line: 7 },
    declaredPolicies: [],
    managedPolicyArns: [],
    resourceArns: { 'aws_dynamodb_table.orders': TABLE },
  },
  declaredDiff: { missing: [], excess: [], unevaluated: [] },
};

export const iacResult = resultOf([samFunction, terraformFunction, emptyFunction]);
