import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({ followRegionRedirects: true });
export const eventBridge = new EventBridgeClient({});
