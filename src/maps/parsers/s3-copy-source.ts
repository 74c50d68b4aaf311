import type { ParsedValue, ValueParser } from './value-parser.js';
import { splitArn } from './arn-parts.js';

// CopySource is "bucket/key" or an access point ARN ".../accesspoint/<name>/object/<key>", URL-encoded,
// with an optional leading "/" and "?versionId=<id>".
// https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // not valid percent-encoding: the SDK sends it as written
  }
}

function versionIdOf(query: string | undefined): Record<string, string> {
  if (query === undefined) return {};
  const versionId = new URLSearchParams(query).get('versionId');
  return versionId === null || versionId === '' ? {} : { VersionId: versionId };
}

function accessPointReading(path: string, version: Record<string, string>): ParsedValue | undefined {
  const arn = splitArn(path);
  if (!arn) return undefined;
  const object = /^accesspoint\/([^/]+)\/object\/(.+)$/.exec(arn.resource);
  if (!object) return { vars: { BucketName: '*', ObjectName: '*', ...version } };
  const [, accessPointName = '*', objectName = '*'] = object;
  return {
    arn: path,
    vars: {
      Partition: arn.partition,
      Region: arn.region,
      Account: arn.account,
      AccessPointName: accessPointName,
      ObjectName: objectName,
      ...version,
    },
  };
}

/** "bucket/key?versionId=v" -> BucketName, ObjectName, VersionId; an access point ARN -> its object ARN. */
export const parseS3CopySource: ValueParser = (value) => {
  if (value === undefined) return [];
  const queryAt = value.indexOf('?');
  const rawPath = queryAt === -1 ? value : value.slice(0, queryAt);
  const version = versionIdOf(queryAt === -1 ? undefined : value.slice(queryAt + 1));
  const path = decode(rawPath).replace(/^\//, '');
  const accessPoint = accessPointReading(path, version);
  if (accessPoint) return [accessPoint];
  const slashAt = path.indexOf('/');
  if (slashAt <= 0 || slashAt === path.length - 1) {
    // No "bucket/key" split to read. An unknown part may hide the slash, so keep what is known.
    const bucket = path === '' || slashAt === 0 ? '*' : path.replace(/\/$/, '');
    return [{ vars: { BucketName: bucket.includes('*') ? bucket : '*', ObjectName: '*', ...version } }];
  }
  return [{ vars: { BucketName: path.slice(0, slashAt), ObjectName: path.slice(slashAt + 1), ...version } }];
};
