import type { ValueParser } from './value-parser.js';

// DynamoDB authorizes a PartiQL statement as PartiQLSelect/Insert/Update/Delete on the table, or
// on the index for SELECT ... FROM "table"."index".
// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-iam.html

const verbs: Record<string, string> = { select: 'Select', insert: 'Insert', update: 'Update', delete: 'Delete' };

// The table follows FROM (SELECT, DELETE), INTO (INSERT) or the verb itself (UPDATE).
const tablePosition = /^\s*(?:select\b.*?\bfrom|insert\s+into|update|delete\s+from)\s+/is;

// A quoted identifier ("my-table", with "" for a quote) or a bare one.
const identifier = /^(?:"((?:[^"]|"")*)"|([A-Za-z_*][A-Za-z0-9_*]*))/;

function readIdentifier(text: string): { name: string; rest: string } | undefined {
  const match = identifier.exec(text);
  if (!match) return undefined;
  const name = match[1] !== undefined ? match[1].replace(/""/g, '"') : (match[2] ?? '');
  return { name: name === '' ? '*' : name, rest: text.slice(match[0].length) };
}

/** A PartiQL statement -> Verb ("Select"), TableName and, for an index read, IndexName. */
export const parsePartiqlStatement: ValueParser = (value) => {
  if (value === undefined) return [];
  const verb = verbs[/^\s*([a-z]+)/i.exec(value)?.[1]?.toLowerCase() ?? ''] ?? '*';
  const position = tablePosition.exec(value);
  const table = position ? readIdentifier(value.slice(position[0].length)) : undefined;
  if (!table) return [{ vars: { Verb: verb, TableName: '*' } }];
  const index = table.rest.startsWith('.') ? readIdentifier(table.rest.slice(1)) : undefined;
  const vars: Record<string, string> = { Verb: verb, TableName: table.name };
  if (index) vars.IndexName = index.name;
  return [{ vars }];
};
