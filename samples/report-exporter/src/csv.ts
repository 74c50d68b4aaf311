export interface InvoiceRow {
  invoiceId: string;
  issuedAt: string;
  customerName: string;
  amountCents: number;
  currency: string;
  status: string;
}

const COLUMNS: Array<keyof InvoiceRow> = ['invoiceId', 'issuedAt', 'customerName', 'amountCents', 'currency', 'status'];

function cell(value: unknown): string {
  const text = String(value ?? '');
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: InvoiceRow[]): string {
  const lines = [COLUMNS.join(',')];
  for (const row of rows) lines.push(COLUMNS.map((c) => cell(row[c])).join(','));
  return lines.join('\n') + '\n';
}
