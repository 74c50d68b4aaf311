import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { INVOICES_TABLE } from './config.js';
import type { InvoiceRow } from './csv.js';

const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export async function invoicesForMonth(tenantId: string, month: string): Promise<InvoiceRow[]> {
  const rows: InvoiceRow[] = [];
  const pages = paginateQuery(
    { client: db, pageSize: 500 },
    {
      TableName: INVOICES_TABLE,
      KeyConditionExpression: 'tenantId = :t AND begins_with(issuedAt, :m)',
      ExpressionAttributeValues: { ':t': tenantId, ':m': month },
    },
  );
  for await (const page of pages) rows.push(...((page.Items ?? []) as InvoiceRow[]));
  return rows;
}
