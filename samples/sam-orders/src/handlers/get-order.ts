import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { findOrder, ordersOfCustomer } from '../lib/orders-table.js';

const s3 = new S3Client({});
const receiptUrlSeconds = Number(process.env.RECEIPT_URL_SECONDS ?? '60');

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const customerId = event.queryStringParameters?.customerId;
  if (customerId) return { statusCode: 200, body: JSON.stringify(await ordersOfCustomer(customerId)) };
  const order = await findOrder(event.pathParameters?.orderId ?? '');
  if (!order) return { statusCode: 404, body: '' };
  const receiptUrl = order.receiptKey
    ? await getSignedUrl(s3, new GetObjectCommand({ Bucket: process.env.RECEIPTS_BUCKET, Key: order.receiptKey }), { expiresIn: receiptUrlSeconds })
    : undefined;
  return { statusCode: 200, body: JSON.stringify({ ...order, receiptUrl }) };
};
