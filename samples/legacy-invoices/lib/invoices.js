'use strict';

const { s3, db, sns } = require('./aws');
const { DOCUMENTS_BUCKET, INVOICES_TABLE, INVOICE_EVENTS_TOPIC_ARN, UPLOAD_URL_TTL } = require('./constants');

function getInvoice(invoiceId) {
  return db
    .get({ TableName: INVOICES_TABLE, Key: { invoiceId } })
    .promise()
    .then((res) => res.Item);
}

function markSent(invoiceId, sentAt) {
  return new Promise((resolve, reject) => {
    db.update(
      {
        TableName: INVOICES_TABLE,
        Key: { invoiceId },
        UpdateExpression: 'SET #s = :sent, sentAt = :at',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':sent': 'SENT', ':at': sentAt },
      },
      (err) => (err ? reject(err) : resolve()),
    );
  });
}

function documentUploadUrl(invoiceId, fileName) {
  const safeName = fileName.replace(/[^\w.-]/g, '_');
  return s3.getSignedUrl('putObject', {
    Bucket: DOCUMENTS_BUCKET,
    Key: `incoming/${invoiceId}/${safeName}`,
    ContentType: 'application/pdf',
    Expires: UPLOAD_URL_TTL,
  });
}

function storeRenderedPdf(invoiceId, pdfBuffer) {
  return s3
    .upload({
      Bucket: DOCUMENTS_BUCKET,
      Key: `rendered/${invoiceId}.pdf`,
      Body: pdfBuffer,
      ContentType: 'application/pdf',
    })
    .promise();
}

function announceSent(invoice) {
  return new Promise((resolve, reject) => {
    sns.publish(
      {
        TopicArn: INVOICE_EVENTS_TOPIC_ARN,
        Message: JSON.stringify({ type: 'InvoiceSent', invoiceId: invoice.invoiceId, customerId: invoice.customerId }),
      },
      (err, data) => (err ? reject(err) : resolve(data.MessageId)),
    );
  });
}

module.exports = { getInvoice, markSent, documentUploadUrl, storeRenderedPdf, announceSent };
