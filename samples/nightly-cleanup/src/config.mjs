export const SESSIONS_TABLE = process.env.SESSIONS_TABLE ?? 'sessions';
export const UPLOAD_BUCKET = process.env.UPLOAD_BUCKET;
export const TMP_PREFIX = 'tmp/';
export const TMP_MAX_AGE_HOURS = 24;
export const METRIC_NAMESPACE = 'Acme/Housekeeping';
