import { S3, paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { TMP_MAX_AGE_HOURS, TMP_PREFIX, UPLOAD_BUCKET } from './config.mjs';

const s3 = new S3({});

export async function purgeTmpUploads(now = Date.now()) {
  const cutoff = now - TMP_MAX_AGE_HOURS * 3600 * 1000;
  let deleted = 0;

  for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: UPLOAD_BUCKET, Prefix: TMP_PREFIX })) {
    const stale = (page.Contents ?? []).filter((o) => o.LastModified && o.LastModified.getTime() < cutoff);
    if (stale.length === 0) continue;

    const res = await s3.deleteObjects({
      Bucket: UPLOAD_BUCKET,
      Delete: { Objects: stale.map((o) => ({ Key: o.Key })), Quiet: true },
    });
    deleted += stale.length - (res.Errors?.length ?? 0);
  }
  return deleted;
}
