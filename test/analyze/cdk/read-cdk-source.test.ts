import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CdkEvaluationHooks } from '../../../src/analyze/cdk/cdk-evaluator.js';
import { readCdkSource } from '../../../src/analyze/cdk/read-cdk-source.js';
import { writeProject } from '../analyze-source.js';

const header = `import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
`;

/** Reads `bin/app.ts` of a project made of `files`; attributes come back as `<type>:<id>.<attribute>`. */
function read(files: Record<string, string>) {
  const root = writeProject(files);
  const hooks: CdkEvaluationHooks = {
    attributeValue: (construct, attribute) => `${construct.type}:${construct.id}.${attribute}`,
    pseudoParameter: (name) => `<${name}>`,
    context: { stage: 'prod' },
    appRoot: root,
  };
  return { root, source: readCdkSource(join(root, 'bin/app.ts'), hooks) };
}

function stackApp(body: string, extra: Record<string, string> = {}, imports = '', fields = ''): Record<string, string> {
  return {
    'bin/app.ts': `import * as cdk from 'aws-cdk-lib';\nimport { Shop } from '../lib/shop';\nnew Shop(new cdk.App(), 'Shop');\n`,
    'lib/shop.ts': `${header}${imports}export class Shop extends cdk.Stack {\n${fields}  constructor(scope: any, id: string) {\n    super(scope, id);\n${body}\n  }\n}\n`,
    ...extra,
  };
}

describe('readCdkSource: entries and handlers', () => {
  it('evaluates path.join(__dirname, ...), ${__dirname} templates and path.resolve from the app root', () => {
    const { root, source } = read(stackApp(`
    new NodejsFunction(this, 'A', { entry: path.join(__dirname, '../functions/a/index.ts') });
    new NodejsFunction(this, 'B', { entry: \`\${__dirname}/../functions/b.ts\`, handler: 'main' });
    new NodejsFunction(this, 'C', { entry: path.resolve('functions/c.ts') });
    new lambda.Function(this, 'D', { code: lambda.Code.fromAsset('functions/d'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_20_X });
    new NodejsFunction(this, 'E');`));
    expect(source.functions.map((fn) => [fn.construct.id, fn.entry, fn.handler, fn.codeAsset])).toEqual([
      ['A', join(root, 'functions/a/index.ts'), undefined, undefined],
      ['B', `${join(root, 'lib')}/../functions/b.ts`, 'main', undefined],
      ['C', join(root, 'functions/c.ts'), undefined, undefined],
      ['D', undefined, 'index.handler', 'functions/d'],
      ['E', undefined, undefined, undefined],
    ]);
    expect(source.functions.map((fn) => [fn.construct.type, fn.construct.at.line, fn.definedIn])).toEqual([
      ['aws-lambda-nodejs.NodejsFunction', 11, 'Shop'],
      ['aws-lambda-nodejs.NodejsFunction', 12, 'Shop'],
      ['aws-lambda-nodejs.NodejsFunction', 13, 'Shop'],
      ['aws-lambda.Function', 14, 'Shop'],
      ['aws-lambda-nodejs.NodejsFunction', 15, 'Shop'],
    ]);
  });

  it('says how code is given when it is not a folder', () => {
    const { source } = read(stackApp(`    new lambda.Function(this, 'Inline', { code: lambda.Code.fromInline('exports.handler = 1'), handler: 'index.handler' });`));
    expect(source.functions[0]?.otherCode).toBe('lambda.Code.fromInline');
  });
});

describe('readCdkSource: environment', () => {
  const { source } = read(stackApp(`
    const stage = this.node.tryGetContext('stage') ?? 'dev';
    const table = new dynamodb.Table(this, 'Orders', { tableName: \`orders-\${stage}\` });
    this.audit = new dynamodb.Table(this, 'Audit');
    const fn = new NodejsFunction(this, 'Fn', {
      environment: {
        LITERAL: 'x',
        SHARED: SERVICE,
        STAGE: stage,
        TABLE: table.tableName,
        AUDIT_ARN: this.audit.tableArn,
        REGION: cdk.Stack.of(this).region,
        ACCOUNT: cdk.Aws.ACCOUNT_ID,
        COLOR: this.node.tryGetContext('color'),
        FROM_PARAMETER: id,
      },
    });
    fn.addEnvironment('ADDED', \`\${table.tableName}/index\`);`,
    { 'lib/names.ts': `export const SERVICE = 'shop';\n` },
    `import { SERVICE } from './names';\n`,
    `  readonly audit: dynamodb.Table;\n`,
  ));
  const fn = source.functions[0]!;

  it.each([
    ['LITERAL', 'x'],
    ['SHARED', 'shop'],
    ['STAGE', 'prod'],
    ['TABLE', 'aws-dynamodb.Table:Orders.tableName'],
    ['AUDIT_ARN', 'aws-dynamodb.Table:Audit.tableArn'],
    ['REGION', '<region>'],
    ['ACCOUNT', '<account>'],
    ['ADDED', 'aws-dynamodb.Table:Orders.tableName/index'],
  ])('%s', (key, expected) => {
    expect(fn.environment[key]).toEqual(expected);
  });

  it('leaves what the code does not give unknown, with the place', () => {
    expect(fn.environment.COLOR).toEqual({ $unknown: 'context value color is not set; pass it in cdk.json or --context color=...', at: { file: fn.construct.at.file, line: 25, column: 16 } });
    expect(fn.environment.FROM_PARAMETER).toEqual({ $unknown: 'from a function parameter: id', at: { file: fn.construct.at.file, line: 26, column: 25 } });
  });

  it('describes the constructs with their explicit names', () => {
    expect(source.constructs.filter((c) => c.type === 'aws-dynamodb.Table').map((c) => [c.id, c.names, c.inStackScope, c.at.line])).toEqual([
      ['Orders', { tableName: 'orders-prod' }, true, 14],
      ['Audit', {}, true, 15],
    ]);
  });
});

describe('readCdkSource: what the role is given', () => {
  const { source } = read(stackApp(`
    const table = new dynamodb.Table(this, 'Orders', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
    table.addGlobalSecondaryIndex({ indexName: 'byCustomer' });
    const fn = new NodejsFunction(this, 'Fn', {
      initialPolicy: [new iam.PolicyStatement({ actions: ['ssm:GetParameter'], resources: ['arn:aws:ssm:*:*:parameter/shop/*'] })],
    });
    table.grantReadWriteData(fn);
    const deny = new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['dynamodb:DeleteItem'], resources: [table.tableArn] });
    fn.addToRolePolicy(deny);
    fn.role?.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AWSXRayDaemonWriteAccess'));
    fn.role!.addManagedPolicy(iam.ManagedPolicy.fromManagedPolicyArn(this, 'Boundary', 'arn:aws:iam::123456789012:policy/shop'));`));
  const fn = source.functions[0]!;

  it('grants, with the resource construct and what is called on it', () => {
    expect(fn.grants.map((grant) => [grant.method, grant.resource.type, grant.resource.id, grant.resource.calledMethods, grant.at.line])).toEqual([
      ['grantReadWriteData', 'aws-dynamodb.Table', 'Orders', ['addGlobalSecondaryIndex', 'grantReadWriteData'], 16],
    ]);
  });

  it('policy statements from initialPolicy and addToRolePolicy, Deny included', () => {
    expect(fn.statements.map(({ effect, actions, resources, at }) => ({ effect, actions, resources, line: at.line }))).toEqual([
      { effect: 'Allow', actions: ['ssm:GetParameter'], resources: ['arn:aws:ssm:*:*:parameter/shop/*'], line: 14 },
      { effect: 'Deny', actions: ['dynamodb:DeleteItem'], resources: ['aws-dynamodb.Table:Orders.tableArn'], line: 17 },
    ]);
  });

  it('managed policies', () => {
    expect(fn.managedPolicies.map(({ kind, value, at }) => [kind, value, at.line])).toEqual([
      ['aws', 'AWSXRayDaemonWriteAccess', 19],
      ['arn', 'arn:aws:iam::123456789012:policy/shop', 20],
    ]);
  });
});

describe('readCdkSource: bad input', () => {
  it('a stack file with a syntax error is a finding with file and line; functions of other files are still read', () => {
    const { root, source } = read({
      'bin/app.ts': `import * as cdk from 'aws-cdk-lib';\nimport { Good } from '../lib/good';\nimport { Broken } from '../lib/broken';\nconst app = new cdk.App();\nnew Good(app, 'Good');\nnew Broken(app, 'Broken');\n`,
      'lib/good.ts': `${header}export class Good extends cdk.Stack {\n  constructor(scope: any, id: string) {\n    super(scope, id);\n    new NodejsFunction(this, 'Fine', { entry: 'functions/fine.ts' });\n  }\n}\n`,
      'lib/broken.ts': `${header}export class Broken extends cdk.Stack {\n  constructor(scope: any, id: string) {\n    super(scope, id);\n    new NodejsFunction(this, 'Oops', { entry: 'functions/oops.ts' ;\n  }\n}\n`,
    });
    expect(source.findings.map(({ severity, code, at }) => ({ severity, code, at }))).toEqual([
      { severity: 'error', code: 'parse-error', at: { file: join(root, 'lib/broken.ts'), line: 10, column: 67 } },
    ]);
    expect(source.functions.map((fn) => fn.construct.id)).toContain('Fine');
  });
});
