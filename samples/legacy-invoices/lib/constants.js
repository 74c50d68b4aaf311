'use strict';

module.exports = {
  INVOICES_TABLE: process.env.INVOICES_TABLE || 'invoices',
  DOCUMENTS_BUCKET: 'acme-invoice-documents',
  INVOICE_EVENTS_TOPIC_ARN: process.env.INVOICE_EVENTS_TOPIC_ARN,
  UPLOAD_URL_TTL: 300,
};
