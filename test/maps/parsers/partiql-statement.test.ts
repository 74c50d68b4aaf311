import { describe, expect, it } from 'vitest';
import { parsePartiqlStatement } from '../../../src/maps/parsers/partiql-statement.js';
import { testContext } from './context.js';

const cases: Array<[string | undefined, Record<string, string>[]]> = [
  [`SELECT * FROM "orders" WHERE pk = ?`, [{ Verb: 'Select', TableName: 'orders' }]],
  [`select id, total from orders where pk = ?`, [{ Verb: 'Select', TableName: 'orders' }]],
  [`SELECT * FROM "orders"."by-date" WHERE day = ?`, [{ Verb: 'Select', TableName: 'orders', IndexName: 'by-date' }]],
  [`SELECT * FROM orders.byDate`, [{ Verb: 'Select', TableName: 'orders', IndexName: 'byDate' }]],
  [`INSERT INTO "orders" VALUE {'pk': ?}`, [{ Verb: 'Insert', TableName: 'orders' }]],
  [`UPDATE "my-table" SET total = 3 WHERE pk = ?`, [{ Verb: 'Update', TableName: 'my-table' }]],
  [`  DELETE FROM "orders" WHERE pk = ?`, [{ Verb: 'Delete', TableName: 'orders' }]],
  [`SELECT *\nFROM "odd""name"`, [{ Verb: 'Select', TableName: 'odd"name' }]],
  [`SELECT * FROM "orders-*"`, [{ Verb: 'Select', TableName: 'orders-*' }]],
  [`SELECT * FROM *`, [{ Verb: 'Select', TableName: '*' }]],
  [`EXISTS(SELECT * FROM "orders" WHERE pk = ?)`, [{ Verb: '*', TableName: '*' }]],
  ['*', [{ Verb: '*', TableName: '*' }]],
  ['SELECT', [{ Verb: 'Select', TableName: '*' }]],
  [undefined, []],
];

describe('partiql-statement', () => {
  it.each(cases)('%j', (value, expected) => {
    expect(parsePartiqlStatement(value, testContext)).toEqual(expected.map((vars) => ({ vars })));
  });
});
