export const STAGE = process.env.STAGE ?? 'dev';
export const SIGNING_SECRET_NAME = 'webhooks/payments/signing-secret';
export const SETTINGS_PARAMETER = `/webhook-ingester/${STAGE}/settings`;
export const EVENTS_QUEUE_URL = process.env.EVENTS_QUEUE_URL!;
export const DLQ_URL = process.env.DLQ_URL ?? 'https://sqs.us-east-1.amazonaws.com/123456789012/webhook-ingester-dlq';
