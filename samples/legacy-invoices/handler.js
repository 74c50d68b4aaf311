'use strict';

const invoices = require('./lib/invoices');
const { renderInvoicePdf } = require('./lib/render');

const json = (statusCode, body) => ({ statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

exports.handler = async (event) => {
  const { invoiceId } = event.pathParameters || {};
  const route = `${event.httpMethod} ${event.resource}`;

  switch (route) {
    case 'GET /invoices/{invoiceId}': {
      const invoice = await invoices.getInvoice(invoiceId);
      return invoice ? json(200, invoice) : json(404, { message: 'not found' });
    }
    case 'POST /invoices/{invoiceId}/documents': {
      const { fileName } = JSON.parse(event.body || '{}');
      return json(200, { uploadUrl: invoices.documentUploadUrl(invoiceId, fileName || 'document.pdf') });
    }
    case 'POST /invoices/{invoiceId}/send': {
      const invoice = await invoices.getInvoice(invoiceId);
      if (!invoice) return json(404, { message: 'not found' });
      await invoices.storeRenderedPdf(invoiceId, renderInvoicePdf(invoice));
      await invoices.markSent(invoiceId, new Date().toISOString());
      await invoices.announceSent(invoice);
      return json(202, { status: 'SENT' });
    }
    default:
      return json(404, { message: `no route ${route}` });
  }
};
