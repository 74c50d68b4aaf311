import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCloudFormationTemplate } from '../../../src/discover/cloudformation/read-cloudformation-template.js';

const sampleDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'samples', 'sam-orders');
const expected = JSON.parse(readFileSync(path.join(sampleDir, 'expected-functions.json'), 'utf8')) as {
  options: { parameters: Record<string, string>; region: string; account: string };
  functions: Array<{ name: string; entry: string; handlerExport: string; env: Record<string, string> }>;
};

describe('samples/sam-orders', () => {
  const result = readCloudFormationTemplate(path.join(sampleDir, 'template.yaml'), expected.options);

  it('finds exactly the functions of expected-functions.json, with their entries and environments', () => {
    const found = result.functions.map((fn) => ({ name: fn.name, entry: path.relative(sampleDir, fn.entry), handlerExport: fn.handlerExport, env: fn.env }));
    expect(found).toEqual(expected.functions);
  });

  it('has nothing to report', () => {
    expect(result.findings).toEqual([]);
    expect(result.functions.flatMap((fn) => fn.findings)).toEqual([]);
  });

  it('expands the over-granting DynamoDBCrudPolicy of CreateOrderFunction to its real statement', () => {
    const createOrder = result.functions.find((fn) => fn.name === 'CreateOrderFunction');
    expect(createOrder?.declaredPolicies[0]).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'dynamodb:GetItem', 'dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:Scan', 'dynamodb:Query',
            'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem', 'dynamodb:BatchGetItem', 'dynamodb:DescribeTable', 'dynamodb:ConditionCheckItem',
          ],
          Resource: ['arn:aws:dynamodb:eu-west-1:123456789012:table/orders-dev', 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders-dev/index/*'],
        },
      ],
    });
    expect(createOrder?.declaredPolicies.slice(1)).toEqual([
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sqs:SendMessage*'], Resource: ['arn:aws:sqs:eu-west-1:123456789012:*-FulfilmentQueue-*'] }] },
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['events:PutEvents'], Resource: ['arn:aws:events:eu-west-1:123456789012:event-bus/orders-dev'] }] },
    ]);
  });
});
