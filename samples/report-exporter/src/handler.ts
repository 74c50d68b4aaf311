import { toCsv } from './csv.js';
import { downloadLink, storeExport } from './exports.js';
import { invoicesForMonth } from './invoices.js';
import { announce, renderSummary } from './notify.js';

interface ExportRequest {
  tenantId: string;
  /** "2026-10" */
  month: string;
}

export async function handler(event: ExportRequest) {
  const rows = await invoicesForMonth(event.tenantId, event.month);
  const key = await storeExport(event.tenantId, event.month, toCsv(rows));
  const csvUrl = await downloadLink(key);

  const total = rows.reduce((sum, r) => sum + r.amountCents, 0);
  const pdfUrl = await renderSummary(event.tenantId, event.month, total);

  await announce(event.tenantId, event.month, csvUrl, pdfUrl);
  return { key, rows: rows.length };
}
