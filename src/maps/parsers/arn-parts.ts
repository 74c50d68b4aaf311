/** The six colon-separated fields of an ARN; `resource` keeps any further colons. */
export interface ArnParts {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** Splits a value that starts with "arn:" into its fields, or returns undefined for anything else. */
export function splitArn(value: string): ArnParts | undefined {
  if (!value.startsWith('arn:')) return undefined;
  const fields = value.split(':');
  if (fields.length < 6) return undefined;
  const [, partition = '', service = '', region = '', account = ''] = fields;
  return { partition, service, region, account, resource: fields.slice(5).join(':') };
}

/** True when a pattern string is nothing but unknown parts. */
export function isWhollyUnknown(value: string): boolean {
  return /^\**$/.test(value);
}
