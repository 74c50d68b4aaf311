export const ARCHIVE_BUCKET = process.env.ARCHIVE_BUCKET ?? 'document-archive-dev';
export const ARCHIVE_KMS_KEY_ARN = process.env.ARCHIVE_KMS_KEY_ARN;
export const DOCUMENTS_BUS = 'documents';
