import * as s3 from '@aws-sdk/client-s3';
import { GetObjectCommand as GetObject, waitUntilObjectExists } from '@aws-sdk/client-s3';
import { THUMBNAIL_BUCKET, THUMBNAIL_KMS_KEY_ARN, THUMBNAIL_PREFIX } from './config.js';

const client = new s3.S3Client({});

export async function sizeOf(bucket: string, key: string): Promise<number> {
  const head = await client.send(new s3.HeadObjectCommand({ Bucket: bucket, Key: key }));
  return head.ContentLength ?? 0;
}

export async function readImage(bucket: string, key: string): Promise<Uint8Array> {
  const res = await client.send(new GetObject({ Bucket: bucket, Key: key }));
  if (!res.Body) throw new Error(`empty object s3://${bucket}/${key}`);
  return res.Body.transformToByteArray();
}

export async function writeThumbnail(sourceKey: string, width: number, body: Buffer): Promise<string> {
  const key = `${THUMBNAIL_PREFIX}/${sourceKey.replace(/\.[^.]+$/, '')}-${width}.webp`;
  await client.send(
    new s3.PutObjectCommand({
      Bucket: THUMBNAIL_BUCKET,
      Key: key,
      Body: body,
      ContentType: 'image/webp',
      CacheControl: 'public, max-age=31536000, immutable',
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: THUMBNAIL_KMS_KEY_ARN,
    }),
  );
  await waitUntilObjectExists({ client, maxWaitTime: 20 }, { Bucket: THUMBNAIL_BUCKET, Key: key });
  return key;
}

/** Removes every thumbnail of a source image (kept for the planned "image deleted" trigger). */
export async function deleteThumbnails(keys: string[]): Promise<void> {
  await client.send(
    new s3.DeleteObjectsCommand({
      Bucket: THUMBNAIL_BUCKET,
      Delete: { Objects: keys.map((Key) => ({ Key })) },
    }),
  );
}
