import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model.js';
import { evaluate, widen } from '../../../src/discover/cloudformation/evaluate-intrinsic.js';
import type { TemplateScope } from '../../../src/discover/cloudformation/evaluate-intrinsic.js';
import { parseTemplate } from '../../../src/discover/cloudformation/parse-template.js';

const template = `
Parameters:
  Stage:
    Type: String
    Default: dev
  Subnets:
    Type: CommaDelimitedList
    Default: subnet-a, subnet-b
  Secret:
    Type: String
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
  IsDev: !Not [!Condition IsProd]
  Both: !And [!Condition IsDev, !Equals [a, a]]
  Either: !Or [!Condition IsDev, !Equals [!Ref Secret, x]]
  Unknown: !Equals [!Ref Secret, x]
Mappings:
  Sizes:
    dev: {Memory: 128}
    prod: {Memory: 1024}
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties: {TableName: !Sub 'orders-\${Stage}'}
Values:
  refParameter: !Ref Stage
  refList: !Ref Subnets
  refRegion: !Ref AWS::Region
  refAccount: !Ref AWS::AccountId
  refPartition: !Ref AWS::Partition
  refStack: !Ref AWS::StackName
  refUrlSuffix: !Ref AWS::URLSuffix
  refResource: !Ref Orders
  getAttDotted: !GetAtt Orders.Arn
  getAttList: !GetAtt [Orders, StreamArn]
  subString: !Sub 'arn:\${AWS::Partition}:s3:::\${Stage}-assets/*'
  subVariables: !Sub ['\${Name}/\${AWS::Region}', {Name: !Ref Orders}]
  subLiteral: !Sub '\${!Literal}-\${Stage}'
  subAttribute: !Sub '\${Orders.Arn}/index/*'
  join: !Join ['-', [a, !Ref Stage, c]]
  select: !Select [1, [x, y, z]]
  split: !Split [',', 'a,b']
  selectSplit: !Select [5, !Split [':', 'arn:aws:sns:eu-west-1:123456789012:alerts']]
  selectAz: !Select [0, !GetAZs '']
  ifTrue: !If [IsDev, small, large]
  ifFalse: !If [IsProd, small, large]
  ifAnd: !If [Both, yes, no]
  ifOr: !If [Either, yes, no]
  findInMap: !FindInMap [Sizes, !Ref Stage, Memory]
  base64: !Base64 hello
  longForm: {'Fn::Join': ['', ['x', {Ref: Stage}]]}
  noValue: {Kept: 1, Dropped: !Ref AWS::NoValue}
`;

function scopeOf(text: string, parameterValues: Record<string, string> = {}, stackName?: string): TemplateScope {
  const parsed = parseTemplate('template.yaml', text);
  if (!parsed.template) throw new Error(parsed.findings[0]?.message);
  return {
    file: 'template.yaml',
    template: parsed.template,
    stack: { partition: 'aws', region: 'eu-west-1', account: '123456789012', ...(stackName ? { stackName } : {}) },
    parameterValues,
    resources: parsed.template.body.Resources as TemplateScope['resources'],
  };
}

function valueOf(name: string, parameterValues: Record<string, string> = {}, stackName?: string) {
  const scope = scopeOf(template, parameterValues, stackName);
  const findings: Finding[] = [];
  const value = evaluate(scope, (scope.template.body.Values as Record<string, unknown>)[name], `Values.${name}`, findings);
  return { value, findings };
}

describe('evaluate: each intrinsic', () => {
  const cases: Array<[string, unknown]> = [
    ['refParameter', 'dev'],
    ['refList', ['subnet-a', 'subnet-b']],
    ['refRegion', 'eu-west-1'],
    ['refAccount', '123456789012'],
    ['refPartition', 'aws'],
    ['refStack', '*'],
    ['refUrlSuffix', 'amazonaws.com'],
    ['refResource', 'orders-dev'],
    ['getAttDotted', 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders-dev'],
    ['getAttList', 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders-dev/stream/*'],
    ['subString', 'arn:aws:s3:::dev-assets/*'],
    ['subVariables', 'orders-dev/eu-west-1'],
    ['subLiteral', '${Literal}-dev'],
    ['subAttribute', 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders-dev/index/*'],
    ['join', 'a-dev-c'],
    ['select', 'y'],
    ['split', ['a', 'b']],
    ['selectSplit', 'alerts'],
    ['selectAz', 'eu-west-1*'],
    ['ifTrue', 'small'],
    ['ifFalse', 'large'],
    ['ifAnd', 'yes'],
    ['ifOr', 'yes'],
    ['findInMap', 128],
    ['base64', 'aGVsbG8='],
    ['longForm', 'xdev'],
    ['noValue', { Kept: 1 }],
  ];
  it.each(cases)('%s', (name, expected) => {
    const { value, findings } = valueOf(name);
    expect(value).toEqual(expected);
    expect(findings).toEqual([]);
  });

  it('a --parameter value wins over the Default, also inside conditions', () => {
    expect(valueOf('refResource', { Stage: 'prod' }).value).toBe('orders-prod');
    expect(valueOf('ifFalse', { Stage: 'prod' }).value).toBe('small');
    expect(valueOf('findInMap', { Stage: 'prod' }).value).toBe(1024);
  });

  it('a known stack name fills AWS::StackName', () => {
    expect(valueOf('refStack', {}, 'shop').value).toBe('shop');
  });
});

describe('evaluate: what cannot be evaluated is * and a warning with file:line', () => {
  const cases: Array<[string, string, unknown, string[]]> = [
    ['a parameter without Default', '!Ref Secret', '*', ['template.yaml:2: parameter Secret has no Default and no --parameter value; iamgen uses * in its place']],
    ['Fn::ImportValue', '!ImportValue shared-bus-name', '*', ['template.yaml:2: Fn::ImportValue shared-bus-name is an output of another stack; iamgen uses * in its place']],
    ['Fn::Cidr', "!Cidr ['10.0.0.0/16', 2, 8]", '*', ['template.yaml:2: Fn::Cidr cannot be evaluated offline; iamgen uses * in its place']],
    ['an unknown resource', '!GetAtt Missing.Arn', '*', ['template.yaml:2: Fn::GetAtt Missing.Arn names no resource of the template; iamgen uses * in its place']],
    ['an unknown attribute', '!GetAtt Orders.Nope', '*', ['template.yaml:2: iamgen does not know Fn::GetAtt Orders.Nope of AWS::DynamoDB::Table; iamgen uses * in its place']],
    ['a Ref to nothing', '!Ref Nothing', '*', ['template.yaml:2: Ref Nothing names no parameter or resource of the template; iamgen uses * in its place']],
    ['an undecidable Fn::If is the widest of its branches', '!If [Unknown, orders-prod-eu, orders-dev-eu]', 'orders-*-eu', [
      'template.yaml:17: parameter Secret has no Default and no --parameter value; iamgen uses * in its place',
      'template.yaml:2: condition Unknown cannot be decided; iamgen uses * in its place',
    ]],
  ];
  it.each(cases)('%s', (_name, expression, expected, messages) => {
    const text = `Values:\n  value: ${expression}\n${template.slice(template.indexOf('Parameters:'), template.indexOf('Values:'))}`;
    const scope = scopeOf(text);
    const findings: Finding[] = [];
    expect(evaluate(scope, (scope.template.body.Values as Record<string, unknown>).value, 'Values.value', findings)).toEqual(expected);
    expect(findings.map((finding) => finding.message)).toEqual(messages);
    expect(findings.map((finding) => [finding.severity, finding.code, finding.at?.line])).toEqual(
      messages.map((message) => ['warning', 'unresolved-intrinsic', Number(/^template\.yaml:(\d+)/.exec(message)?.[1])]),
    );
  });
});

describe('widen', () => {
  const cases: Array<[string, string, string]> = [
    ['orders-prod', 'orders-dev', 'orders-*'],
    ['a', 'a', 'a'],
    ['prod-orders', 'dev-orders', '*-orders'],
    ['abc', 'xyz', '*'],
  ];
  it.each(cases)('%s | %s -> %s', (first, second, expected) => {
    expect(widen(first, second)).toBe(expected);
  });
});
