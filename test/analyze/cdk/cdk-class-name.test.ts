import { Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { cdkClassName } from '../../../src/analyze/cdk/cdk-class-name.js';

/** The class name of the first `new` expression in the code. */
function classOf(code: string): string | undefined {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { noLib: true, allowJs: true } });
  const file = project.createSourceFile('/app/stack.ts', code).compilerNode;
  let found: ts.NewExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (!found && ts.isNewExpression(node)) found = node;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found && cdkClassName(found.expression, project.getTypeChecker().compilerObject);
}

describe('cdkClassName', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['namespace import of a service module', `import * as dynamodb from 'aws-cdk-lib/aws-dynamodb'; new dynamodb.Table(this, 'T');`, 'aws-dynamodb.Table'],
    ['named import', `import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs'; new NodejsFunction(this, 'F');`, 'aws-lambda-nodejs.NodejsFunction'],
    ['renamed named import', `import { Bucket as B } from 'aws-cdk-lib/aws-s3'; new B(this, 'B');`, 'aws-s3.Bucket'],
    ['service namespace from the root', `import { aws_sqs as sqs } from 'aws-cdk-lib'; new sqs.Queue(this, 'Q');`, 'aws-sqs.Queue'],
    ['through the root namespace', `import * as cdk from 'aws-cdk-lib'; new cdk.aws_sns.Topic(this, 'T');`, 'aws-sns.Topic'],
    ['a core class', `import * as cdk from 'aws-cdk-lib'; new cdk.Stack(app, 'S');`, 'core.Stack'],
    ['require', `const lambda = require('aws-cdk-lib/aws-lambda'); new lambda.Function(this, 'F', {});`, 'aws-lambda.Function'],
    ['destructured require', `const { Queue } = require('aws-cdk-lib/aws-sqs'); new Queue(this, 'Q');`, 'aws-sqs.Queue'],
    ['a class of another library', `import { Table } from 'my-constructs'; new Table(this, 'T');`, undefined],
    ['a local class', `class Table {} new Table();`, undefined],
  ];
  it.each(cases)('%s', (_name, code, expected) => {
    expect(classOf(code)).toBe(expected);
  });
});
