import type { S3Event } from 'aws-lambda';
import { MAX_SOURCE_BYTES, SIZES } from './config.js';
import { toWebpThumbnail } from './resize.js';
import { readImage, sizeOf, writeThumbnail } from './storage.js';

export const handler = async (event: S3Event): Promise<{ written: string[] }> => {
  const written: string[] = [];
  for (const record of event.Records) {
    const bucket = record.s3.bucket.name;
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));

    if ((await sizeOf(bucket, key)) > MAX_SOURCE_BYTES) {
      console.warn(JSON.stringify({ msg: 'skipping large image', bucket, key }));
      continue;
    }

    const original = await readImage(bucket, key);
    for (const width of SIZES) {
      written.push(await writeThumbnail(key, width, await toWebpThumbnail(original, width)));
    }
  }
  return { written };
};
