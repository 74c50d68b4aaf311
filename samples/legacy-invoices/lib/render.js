'use strict';

// Minimal PDF-ish rendering so the sample stays dependency-free; the real service used pdfkit.
function renderInvoicePdf(invoice) {
  const lines = [
    `Invoice ${invoice.invoiceId}`,
    `Customer: ${invoice.customerName}`,
    ...invoice.lines.map((l) => `${l.description}  ${l.quantity} x ${(l.unitCents / 100).toFixed(2)}`),
    `Total: ${(invoice.totalCents / 100).toFixed(2)} ${invoice.currency}`,
  ];
  return Buffer.from(`%PDF-1.4\n${lines.join('\n')}\n%%EOF\n`);
}

module.exports = { renderInvoicePdf };
