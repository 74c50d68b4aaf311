import { describe, expect, it } from 'vitest';
import { type ArnPart, arnParts, type ReferenceStyle } from '../../src/report/arn-references.js';

const TEMPLATE = {
  Orders: 'arn:aws:dynamodb:us-east-1:111122223333:table/orders',
  OrdersArchive: 'arn:aws:dynamodb:us-east-1:111122223333:table/orders-archive',
  Invoices: 'arn:aws:s3:::invoices',
  Alerts: 'arn:aws:sns:us-east-1:111122223333:alerts',
  Settings: 'arn:aws:ssm:us-east-1:111122223333:parameter/settings',
};

describe('arnParts', () => {
  it.each<[string, string, Record<string, string>, ReferenceStyle, ArnPart[]]>([
    ['a resource of the template', TEMPLATE.Orders, TEMPLATE, 'cloudformation', [{ resource: 'Orders', attribute: 'Arn' }]],
    ['a path under one', `${TEMPLATE.Orders}/index/*`, TEMPLATE, 'cloudformation', [{ resource: 'Orders', attribute: 'Arn' }, { text: '/index/*' }]],
    ['the longest pattern wins', `${TEMPLATE.OrdersArchive}/stream/*`, TEMPLATE, 'cloudformation', [{ resource: 'OrdersArchive', attribute: 'Arn' }, { text: '/stream/*' }]],
    ['a name that only starts like one is not it', 'arn:aws:s3:::invoices-old/*', TEMPLATE, 'cloudformation', [{ text: 'arn:' }, { pseudo: 'Partition' }, { text: ':s3:::invoices-old/*' }]],
    ['an SNS topic is its Ref', TEMPLATE.Alerts, TEMPLATE, 'cloudformation', [{ resource: 'Alerts' }]],
    [
      'an SSM parameter is never referenced',
      `${TEMPLATE.Settings}/*`,
      TEMPLATE,
      'cloudformation',
      [{ text: 'arn:' }, { pseudo: 'Partition' }, { text: ':ssm:' }, { pseudo: 'Region' }, { text: ':' }, { pseudo: 'AccountId' }, { text: ':parameter/settings/*' }],
    ],
    [
      'another account stays as written',
      'arn:aws:sqs:us-east-1:999999999999:q',
      TEMPLATE,
      'cloudformation',
      [{ text: 'arn:' }, { pseudo: 'Partition' }, { text: ':sqs:' }, { pseudo: 'Region' }, { text: ':999999999999:q' }],
    ],
    [
      'no pseudo account or region when the template spans several',
      'arn:aws:sqs:us-east-1:111122223333:q',
      { A: 'arn:aws:sqs:us-east-1:111122223333:a', B: 'arn:aws:sqs:eu-west-1:444455556666:b' },
      'cloudformation',
      [{ text: 'arn:' }, { pseudo: 'Partition' }, { text: ':sqs:us-east-1:111122223333:q' }],
    ],
    ['pseudo-only never references', TEMPLATE.Orders, TEMPLATE, 'pseudo-only', [{ text: 'arn:' }, { pseudo: 'Partition' }, { text: ':dynamodb:' }, { pseudo: 'Region' }, { text: ':' }, { pseudo: 'AccountId' }, { text: ':table/orders' }]],
    ['terraform: the arn attribute of the address', `${TEMPLATE.Orders}/index/*`, { 'aws_dynamodb_table.orders': TEMPLATE.Orders }, 'terraform', [{ resource: 'aws_dynamodb_table.orders', attribute: 'arn' }, { text: '/index/*' }]],
    ['terraform: otherwise literal', TEMPLATE.Orders, {}, 'terraform', [{ text: TEMPLATE.Orders }]],
    ['not an ARN', '*', TEMPLATE, 'cloudformation', [{ text: '*' }]],
  ])('%s', (_name, arn, resourceArns, style, expected) => {
    expect(arnParts(arn, resourceArns, style)).toEqual(expected);
  });
});
