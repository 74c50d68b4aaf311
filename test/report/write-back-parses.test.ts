import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderers } from '../../src/report/index.js';
import { CFN_TAGS } from './cloudformation-yaml.js';
import { parseHcl } from './hcl-structure.js';
import { iacResult, PARTNER_QUEUE, TABLE } from './iac-results.js';

// The write-back reports must load in the tool they are pasted into. These parse each one and
// compare the structure a reader gets, intrinsics included.

const ORDER_STATEMENTS = [
  {
    Sid: 'DynamoDB',
    Effect: 'Allow',
    Action: ['dynamodb:PutItem', 'dynamodb:Query'],
    Resource: [{ 'Fn::GetAtt': ['OrdersTable', 'Arn'] }, { 'Fn::Sub': '${OrdersTable.Arn}/index/*' }],
  },
  {
    Sid: 'Kms',
    Effect: 'Allow',
    Action: ['kms:Decrypt'],
    Resource: [{ 'Fn::Sub': 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab' }],
    Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
  },
  { Sid: 'S3', Effect: 'Allow', Action: ['s3:GetObject'], Resource: [{ 'Fn::Sub': '${InvoicesBucket.Arn}/*' }] },
  { Sid: 'Sns', Effect: 'Allow', Action: ['sns:Publish'], Resource: [{ Ref: 'OrderTopic' }] },
  { Sid: 'Sqs', Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: [{ 'Fn::Sub': 'arn:${AWS::Partition}:sqs:${AWS::Region}:999999999999:partner-intake' }] },
  {
    Sid: 'Ssm',
    Effect: 'Allow',
    Action: ['ssm:GetParameter'],
    Resource: [{ 'Fn::Sub': 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/users/${!aws:username}/*' }],
  },
];

describe('sam and cloudformation output loads as a CloudFormation template', () => {
  it('sam: one Policies document per function, intrinsics as tags', () => {
    const template = parse(renderers.sam(iacResult), { customTags: CFN_TAGS });
    expect(template.Resources.OrderFunction).toEqual({ Properties: { Policies: [{ Version: '2012-10-17', Statement: ORDER_STATEMENTS }] } });
    expect(template.Resources.Health).toEqual({ Properties: { Policies: [] } });
  });

  it('cloudformation: an AWS::IAM::Policy per function that needs one, on its role', () => {
    const template = parse(renderers.cloudformation(iacResult), { customTags: CFN_TAGS });
    expect(Object.keys(template.Resources)).toEqual(['OrderFunctionPolicy', 'ReportPolicy']);
    expect(template.Resources.OrderFunctionPolicy).toEqual({
      Type: 'AWS::IAM::Policy',
      Properties: {
        PolicyName: 'OrderFunctionPolicy',
        PolicyDocument: { Version: '2012-10-17', Statement: ORDER_STATEMENTS },
        Roles: [{ Ref: 'OrderFunctionRole' }],
      },
    });
  });

  it('a Terraform function is not given logical-id references', () => {
    const template = parse(renderers.sam(iacResult), { customTags: CFN_TAGS });
    expect(template.Resources.Report.Properties.Policies[0].Statement[0].Resource).toEqual([
      { 'Fn::Sub': 'arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/orders' },
      { 'Fn::Sub': 'arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/orders/index/*' },
    ]);
  });
});

describe('serverless output loads as YAML with long-form intrinsics', () => {
  it('iamRoleStatements under functions.<name>', () => {
    const file = parse(renderers.serverless(iacResult));
    const statements = file.functions.OrderFunction.iamRoleStatements;
    expect(statements[0].Resource).toEqual([
      { 'Fn::GetAtt': ['OrdersTable', 'Arn'] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['OrdersTable', 'Arn'] }, '/index/*']] },
    ]);
    expect(statements[3].Resource).toEqual([{ Ref: 'OrderTopic' }]);
    expect(statements[4].Resource).toEqual([{ 'Fn::Sub': 'arn:${AWS::Partition}:sqs:${AWS::Region}:999999999999:partner-intake' }]);
    expect(file.functions.health).toEqual({ iamRoleStatements: [] });
  });
});

describe('terraform output is valid, fmt-style HCL', () => {
  const config = parseHcl(renderers.terraform(iacResult));

  it('has one data block per function that needs permissions', () => {
    expect(config.blocks.map((block) => [block.type, ...block.labels])).toEqual([
      ['data', 'aws_iam_policy_document', 'OrderFunction'],
      ['data', 'aws_iam_policy_document', 'report'],
    ]);
  });

  it('names resources of the same configuration by address and escapes IAM policy variables', () => {
    expect(config.blocks[1]!.body).toEqual({
      attributes: {},
      blocks: [
        {
          type: 'statement',
          labels: [],
          body: {
            attributes: { sid: 'ReadOrders', actions: ['dynamodb:Query'], resources: [{ ref: 'aws_dynamodb_table.orders.arn' }, { template: [{ ref: 'aws_dynamodb_table.orders.arn' }, '/index/*'] }] },
            blocks: [],
          },
        },
        { type: 'statement', labels: [], body: { attributes: { sid: 'Reports', actions: ['s3:PutObject'], resources: ['arn:aws:s3:::reports/${aws:username}/*'] }, blocks: [] } },
      ],
    });
  });

  it('writes conditions as condition blocks and keeps literal ARNs for a SAM function', () => {
    const kms = config.blocks[0]!.body.blocks[1]!;
    expect(kms.body).toEqual({
      attributes: { sid: 'Kms', actions: ['kms:Decrypt'], resources: ['arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'] },
      blocks: [{ type: 'condition', labels: [], body: { attributes: { test: 'StringEquals', variable: 'kms:ViaService', values: ['s3.us-east-1.amazonaws.com'] }, blocks: [] } }],
    });
    expect(config.blocks[0]!.body.blocks[4]!.body.attributes.resources).toEqual([PARTNER_QUEUE]);
    expect(config.blocks[0]!.body.blocks[0]!.body.attributes.resources).toEqual([TABLE, `${TABLE}/index/*`]);
  });

  it.each([
    ['an unescaped IAM variable', 'data "a" "b" {\n  x = "${aws:username}"\n}\n'],
    ['misaligned =', 'data "a" "b" {\n  sid = "x"\n  actions = ["y"]\n}\n'],
    ['an unclosed block', 'data "a" "b" {\n  x = "y"\n'],
    ['a 4-space indent', 'data "a" "b" {\n    x = "y"\n}\n'],
  ])('the checker rejects %s', (_name, text) => {
    expect(() => parseHcl(text)).toThrow();
  });
});

describe('cdk output is valid TypeScript', () => {
  const syntaxErrors = (text: string): string[] => {
    const file = ts.createSourceFile('snippet.ts', text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
    const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
    return diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  };

  it('parses without syntax errors', () => {
    expect(syntaxErrors(renderers.cdk(iacResult))).toEqual([]);
  });

  it('the check finds a syntax error when there is one', () => {
    expect(syntaxErrors(renderers.cdk(iacResult).replace('}));', '});'))).not.toEqual([]);
  });
});
