import { describe, expect, it } from 'vitest';
import { parseAthenaQueryTables } from '../../../src/maps/parsers/athena-query-tables.js';
import { testContext } from './context.js';

const cases: Array<[string | undefined, Record<string, string>[]]> = [
  ['SELECT page, count(*) FROM clickstream.events GROUP BY page', [{ DatabaseName: 'clickstream', TableName: 'events' }]],
  ['select * from "Sales"."Orders" o join sales.customers c on o.c = c.id', [{ DatabaseName: 'sales', TableName: 'orders' }, { DatabaseName: 'sales', TableName: 'customers' }]],
  ['SELECT * FROM AwsDataCatalog.logs.access', [{ DatabaseName: 'logs', TableName: 'access' }]],
  ['SELECT * FROM events', [{ DatabaseName: '*', TableName: 'events' }]],
  ['WITH recent AS (SELECT * FROM db.t) SELECT * FROM recent CROSS JOIN UNNEST(items) AS x', [{ DatabaseName: 'db', TableName: 't' }]],
  ['SELECT * FROM (SELECT 1) t', []],
  ['SELECT * FROM mysql_catalog.shop.orders', []],
  ['SELECT * FROM analytics.events_* WHERE day = *', [{ DatabaseName: 'analytics', TableName: 'events_*' }]],
  ['*', [{ DatabaseName: '*', TableName: '*' }]],
  [undefined, []],
];

describe('athena-query-tables', () => {
  it.each(cases)('%j', (value, expected) => {
    expect(parseAthenaQueryTables(value, testContext)).toEqual(expected.map((vars) => ({ vars })));
  });
});
