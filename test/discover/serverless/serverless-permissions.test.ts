import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readServerlessYml } from '../../../src/discover/serverless/read-serverless-yml.js';
import { projectOnDisk } from './project-on-disk.js';

function declared(provider: string, functions: string, custom = '') {
  const dir = projectOnDisk({
    'serverless.yml': `service: shop\n${custom}provider:\n  name: aws\n  region: us-east-1\n${provider}functions:\n${functions}
resources:
  Resources:
    Orders:
      Type: AWS::DynamoDB::Table
      Properties:
        TableName: orders-\${sls:stage}
`,
    'a.ts': 'export const handler = () => 1;\n',
    'b.ts': 'export const handler = () => 1;\n',
  });
  const result = readServerlessYml(path.join(dir, 'serverless.yml'), { account: '123456789012' });
  return Object.fromEntries(result.functions.map((fn) => [fn.name, { policies: fn.declaredPolicies, managed: fn.managedPolicyArns }]));
}

const ordersArn = 'arn:aws:dynamodb:us-east-1:123456789012:table/orders-dev';
const providerStatements = `  iam:
    role:
      statements:
        - Effect: Allow
          Action: [dynamodb:GetItem]
          Resource: !GetAtt Orders.Arn
      managedPolicies:
        - arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess
`;
const shared = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem'], Resource: ordersArn }] };
const xray = ['arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess'];

describe('readServerlessYml: declared permissions', () => {
  it('v3 provider.iam.role statements and managed policies apply to every function', () => {
    expect(declared(providerStatements, '  a:\n    handler: a.handler\n')).toEqual({ a: { policies: [shared], managed: xray } });
  });

  it('v2 provider.iamRoleStatements and iamManagedPolicies', () => {
    const provider = `  iamRoleStatements:
    - Effect: Allow
      Action: sqs:SendMessage
      Resource: '*'
  iamManagedPolicies:
    - !Sub 'arn:\${AWS::Partition}:iam::aws:policy/ReadOnly'
`;
    expect(declared(provider, '  a:\n    handler: a.handler\n')).toEqual({
      a: { policies: [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] }], managed: ['arn:aws:iam::aws:policy/ReadOnly'] },
    });
  });

  it('a function with its own iamRoleStatements gets only those; the others get the shared role', () => {
    const functions = `  a:
    handler: a.handler
    iamRoleStatements:
      - Sid: Write
        Effect: Allow
        Action: dynamodb:PutItem
        Resource: { 'Fn::Join': ['', [!GetAtt Orders.Arn, '/index/*']] }
        Condition: { StringEquals: { 'aws:RequestedRegion': us-east-1 } }
  b:
    handler: b.handler
`;
    expect(declared(providerStatements, functions)).toEqual({
      a: {
        policies: [{
          Version: '2012-10-17',
          Statement: [{ Sid: 'Write', Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: `${ordersArn}/index/*`, Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } } }],
        }],
        managed: xray,
      },
      b: { policies: [shared], managed: xray },
    });
  });

  it.each([
    ['iamRoleStatementsInherit on the function', '    iamRoleStatementsInherit: true\n', ''],
    ['defaultInherit of the plugin', '', 'custom:\n  serverless-iam-roles-per-function:\n    defaultInherit: true\n'],
  ])('%s adds the shared statements after the own ones', (_what, functionSetting, custom) => {
    const functions = `  a:\n    handler: a.handler\n${functionSetting}    iamRoleStatements:\n      - { Effect: Deny, NotAction: 's3:*', NotResource: ['*'] }\n`;
    expect(declared(providerStatements, functions, custom).a!.policies).toEqual([
      { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotAction: 's3:*', NotResource: ['*'] }, ...shared.Statement] },
    ]);
  });

  it('a function with nothing declared has no policies', () => {
    expect(declared('', '  a:\n    handler: a.handler\n')).toEqual({ a: { policies: [], managed: [] } });
  });
});
