import type { ValueParser } from './value-parser.js';

/**
 * `s3://bucket/prefix/` (an Athena query result location, a Glue or EMR path) -> BucketName, and
 * ObjectName as every object under the prefix (`prefix/*`). What the code leaves unknown is `*`.
 */
export const parseS3Uri: ValueParser = (value) => {
  if (value === undefined) return [];
  const path = value.replace(/^s3a?:\/\//i, '');
  const slash = path.indexOf('/');
  const bucket = (slash < 0 ? path : path.slice(0, slash)) || '*';
  const prefix = slash < 0 ? '' : path.slice(slash + 1);
  const objects = prefix === '' || prefix.endsWith('*') ? `${prefix}*`.replace(/\*+$/, '*') : `${prefix.replace(/\/$/, '')}/*`;
  return [{ vars: { BucketName: bucket, ObjectName: objects } }];
};
