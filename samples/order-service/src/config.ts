const stage = process.env.STAGE ?? 'dev';

export const TABLES = {
  orders: `orders-${stage}`,
  inventory: `inventory-${stage}`,
  customers: `customers-${stage}`,
} as const;

export const INDEXES = {
  ordersByCustomer: 'gsi1-customer',
} as const;

export const FULFILMENT_QUEUE_URL =
  process.env.FULFILMENT_QUEUE_URL ?? `https://sqs.us-east-1.amazonaws.com/123456789012/fulfilment-${stage}`;

export const EVENT_SOURCE = 'acme.orders';
