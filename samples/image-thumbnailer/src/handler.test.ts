import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { handler } from './handler.js';

// Runs against LocalStack in CI.
const s3 = new S3Client({ endpoint: 'http://localhost:4566', forcePathStyle: true });

beforeAll(async () => {
  await s3.send(new PutObjectCommand({ Bucket: 'uploads-test', Key: 'cat.jpg', Body: Buffer.alloc(10) }));
});

afterAll(async () => {
  await s3.send(new DeleteObjectCommand({ Bucket: 'uploads-test', Key: 'cat.jpg' }));
});

it('writes one thumbnail per size', async () => {
  const event = { Records: [{ s3: { bucket: { name: 'uploads-test' }, object: { key: 'cat.jpg' } } }] };
  const result = await handler(event as never);
  expect(result.written).toHaveLength(2);
});
