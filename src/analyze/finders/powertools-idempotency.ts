import { ts } from 'ts-morph';
import type { Finder, FoundCall } from './finder.js';
import { awsExportCalled, objectLiteralOf, operationOf, propertyOf } from './finder.js';

const OPERATIONS = ['PutItem', 'GetItem', 'UpdateItem', 'DeleteItem'];

/** Powertools idempotency: `new DynamoDBPersistenceLayer({ tableName })` reads and writes records in that table. */
export const powertoolsIdempotency: Finder = {
  name: 'powertools-idempotency',
  find(node, ctx) {
    const called = awsExportCalled(ctx, node, (module) => /^@aws-lambda-powertools\/idempotency(\/|$)/.test(module));
    if (called?.name !== 'DynamoDBPersistenceLayer' || !ts.isNewExpression(node)) return [];
    const tableName = propertyOf(objectLiteralOf(ctx, node.arguments?.[0]), 'tableName');
    return OPERATIONS.map((operation): FoundCall => ({
      node,
      service: 'dynamodb',
      operation: operationOf('dynamodb', operation),
      spelled: operation,
      input: { fields: tableName ? { TableName: ctx.arg(tableName) } : {} },
    }));
  },
};
