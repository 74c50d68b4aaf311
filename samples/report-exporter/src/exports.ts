import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Upload } from '@aws-sdk/lib-storage';
import { EXPORT_BUCKET, EXPORT_PREFIX, LINK_TTL_SECONDS } from './config.js';

const s3 = new S3Client({});

export async function storeExport(tenantId: string, month: string, csv: string): Promise<string> {
  const key = `${EXPORT_PREFIX}/${tenantId}/${month}.csv`;
  const upload = new Upload({
    client: s3,
    params: {
      Bucket: EXPORT_BUCKET,
      Key: key,
      Body: csv,
      ContentType: 'text/csv; charset=utf-8',
      ContentDisposition: `attachment; filename="invoices-${month}.csv"`,
    },
    tags: [{ Key: 'tenant', Value: tenantId }],
    queueSize: 4,
  });
  await upload.done();
  return key;
}

export function downloadLink(key: string): Promise<string> {
  return getSignedUrl(s3, new GetObjectCommand({ Bucket: EXPORT_BUCKET, Key: key }), {
    expiresIn: LINK_TTL_SECONDS,
  });
}
