// Local development only: creates the bucket and a few sessions in LocalStack.
//   AWS_ENDPOINT_URL=http://localhost:4566 node scripts/seed.mjs
import { DynamoDB } from '@aws-sdk/client-dynamodb';
import { S3 } from '@aws-sdk/client-s3';
import { SESSIONS_TABLE, UPLOAD_BUCKET } from '../src/config.mjs';

const dynamodb = new DynamoDB({});
const s3 = new S3({ forcePathStyle: true });

await s3.createBucket({ Bucket: UPLOAD_BUCKET });
for (let i = 0; i < 50; i++) {
  await dynamodb.putItem({
    TableName: SESSIONS_TABLE,
    Item: { pk: { S: `SESSION#${i}` }, sk: { S: 'META' }, expiresAt: { N: String(i % 2 ? 0 : 9999999999) } },
  });
  await s3.putObject({ Bucket: UPLOAD_BUCKET, Key: `tmp/upload-${i}.bin`, Body: 'x' });
}
