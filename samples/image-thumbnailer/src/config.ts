export const THUMBNAIL_BUCKET = process.env.THUMBNAIL_BUCKET!;
export const THUMBNAIL_KMS_KEY_ARN = process.env.THUMBNAIL_KMS_KEY_ARN;
export const THUMBNAIL_PREFIX = 'thumbnails';
export const SIZES = [128, 512] as const;
/** Originals larger than this are skipped (the resize would not fit in the function's memory). */
export const MAX_SOURCE_BYTES = 25 * 1024 * 1024;
