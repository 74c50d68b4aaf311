import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { S3Event } from 'aws-lambda';
import { DocumentArchiver } from './archiver.js';
import { publish, s3 } from './aws/index.js';
import { ARCHIVE_BUCKET, ARCHIVE_KMS_KEY_ARN, DOCUMENTS_BUS } from './config.js';

const archiver = new DocumentArchiver(s3, { bucket: ARCHIVE_BUCKET, kmsKeyId: ARCHIVE_KMS_KEY_ARN });

export const handler = async (event: S3Event) => {
  const archived: Array<{ source: string; archivedKey: string }> = [];
  for (const record of event.Records) {
    const bucket = record.s3.bucket.name;
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
    archived.push({ source: `s3://${bucket}/${key}`, archivedKey: await archiver.archive(bucket, key) });
  }

  await publish(
    new PutEventsCommand({
      Entries: archived.map((a) => ({
        EventBusName: DOCUMENTS_BUS,
        Source: 'acme.documents',
        DetailType: 'DocumentArchived',
        Detail: JSON.stringify(a),
      })),
    }),
  );
  return { archived: archived.length };
};
