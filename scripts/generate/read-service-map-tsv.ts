// Reads ../shared/data/sdk-service-map.tsv: one row per SDK client, joined from the SDK models and the
// Service Reference. A package may appear on several rows (client-pinpoint-sms-voice is both the
// boto3 "pinpoint-sms-voice" and "sms-voice"); those rows become one client with several boto3 names.

export interface ClientRow {
  /** The @aws-sdk/client-* suffix: "s3", "sfn". */
  id: string;
  package: string;
  /** AWS SDK v2 class, absent for clients newer than v2. */
  v2Class?: string;
  /** boto3 service names, sorted; the Service Reference's Operations[].SDK[].Name joins on these. */
  boto3: string[];
  serviceId: string;
  signingName: string;
  endpointPrefix: string;
  /** Empty when the TSV has none (a retired service); the caller fills it from another source. */
  iamPrefix: string;
}

const columns = ['v3_package', 'v2_class', 'boto3', 'serviceId', 'signing_name', 'endpoint_prefix', 'iam_prefix'] as const;
const packagePrefix = '@aws-sdk/client-';

/** Parses the TSV text; throws with the line number on a malformed row. Result sorted by id. */
export function parseServiceMapTsv(text: string): ClientRow[] {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const header = lines[0]?.split('\t') ?? [];
  if (columns.some((name, i) => header[i] !== name)) {
    throw new Error(`sdk-service-map.tsv: expected header ${columns.join(', ')}, got ${header.join(', ')}`);
  }
  const byId = new Map<string, ClientRow>();
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = line.split('\t');
    const [pkg = '', v2Class = '', boto3 = '', serviceId = '', signingName = '', endpointPrefix = '', iamPrefix = ''] = cells;
    if (!pkg.startsWith(packagePrefix) || boto3 === '') {
      throw new Error(`sdk-service-map.tsv line ${i + 2}: expected an ${packagePrefix}* package and a boto3 name`);
    }
    const id = pkg.slice(packagePrefix.length);
    const existing = byId.get(id);
    if (existing) {
      existing.boto3 = [...new Set([...existing.boto3, boto3])].sort();
      return;
    }
    byId.set(id, {
      id,
      package: pkg,
      ...(v2Class ? { v2Class } : {}),
      boto3: [boto3],
      serviceId,
      signingName,
      endpointPrefix,
      iamPrefix,
    });
  });
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
