import { CopyObjectCommand, DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';

export interface ArchiveTarget {
  bucket: string;
  kmsKeyId?: string;
}

export class DocumentArchiver {
  constructor(
    private readonly s3: S3Client,
    private readonly target: ArchiveTarget,
  ) {}

  /** Copies the object into `archive/<yyyy>/<mm>/<key>` and removes the original. */
  async archive(sourceBucket: string, key: string, at = new Date()): Promise<string> {
    const month = String(at.getUTCMonth() + 1).padStart(2, '0');
    const archivedKey = `archive/${at.getUTCFullYear()}/${month}/${key}`;

    await this.s3.send(
      new CopyObjectCommand({
        Bucket: this.target.bucket,
        Key: archivedKey,
        CopySource: `${sourceBucket}/${encodeURIComponent(key)}`,
        MetadataDirective: 'COPY',
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: this.target.kmsKeyId,
        BucketKeyEnabled: true,
      }),
    );
    await this.s3.send(new DeleteObjectCommand({ Bucket: sourceBucket, Key: key }));
    return archivedKey;
  }
}
