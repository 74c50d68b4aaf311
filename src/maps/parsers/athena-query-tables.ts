import { isWhollyUnknown } from './arn-parts.js';
import type { ValueParser } from './value-parser.js';

// Athena reads each table a query names from the Glue Data Catalog with the caller's credentials:
// glue:GetTable on the catalog, the database and the table.
// https://docs.aws.amazon.com/athena/latest/ug/fine-grained-access-to-glue-resources.html

// An identifier: "quoted", `quoted`, or bare (with `*` for a part the code leaves unknown).
const part = String.raw`(?:"[^"]*"|\x60[^\x60]*\x60|[A-Za-z_*][\w$*]*)`;
// A table after FROM or JOIN: [catalog.][database.]table, not a function call (UNNEST(...)) or a subquery.
// The lookaheads keep the whole name (no shorter match by backtracking: `UNNES` of `UNNEST(`).
const tableReference = new RegExp(String.raw`\b(?:from|join)\s+(${part}(?:\s*\.\s*${part}){0,2})(?![\w$*])(?!\s*[.(])`, 'gi');
// Names a WITH clause defines are the query's own, not tables of the catalog.
const withName = new RegExp(String.raw`(?:\bwith|,)\s+(${part})\s+as\s*\(`, 'gi');

const unquote = (name: string) => name.replace(/^["\x60]|["\x60]$/g, '').toLowerCase() || '*';

/**
 * A SQL query -> one reading per catalog table it names: DatabaseName and TableName (Glue keeps
 * names in lower case). A table without a database is in the query's default database, which this
 * value does not tell: any database. Tables of another catalog than the account's Glue Data Catalog
 * (federated sources) are left out; an unknown query reads any table.
 */
export const parseAthenaQueryTables: ValueParser = (value) => {
  if (value === undefined) return [];
  if (isWhollyUnknown(value)) return [{ vars: { DatabaseName: '*', TableName: '*' } }];
  const own = new Set([...value.matchAll(withName)].map((match) => unquote(match[1]!)));
  const readings = new Map<string, Record<string, string>>();
  for (const match of value.matchAll(tableReference)) {
    const names = match[1]!.split(/\s*\.\s*/).map(unquote);
    const [catalog, database, table] = names.length === 3 ? names : names.length === 2 ? ['awsdatacatalog', ...names] : ['awsdatacatalog', '*', names[0]!];
    if (catalog !== 'awsdatacatalog' && catalog !== '*') continue;
    if (names.length === 1 && own.has(table!)) continue;
    readings.set(`${database}.${table}`, { DatabaseName: database!, TableName: table! });
  }
  return [...readings.values()].map((vars) => ({ vars }));
};
