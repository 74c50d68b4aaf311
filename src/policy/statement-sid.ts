// Statement ids: one per service, named after the IAM service prefix.
//
//   s3 -> S3, dynamodb -> DynamoDB, execute-api -> ExecuteApi, s3-object-lambda -> S3ObjectLambda
//
// The first statement of a service gets the bare name; further statements of the same service
// (another condition, or a second grant) get a lowercase letter: S3, S3b, S3c, ..., S3z, S3aa.
// A lowercase suffix cannot be mistaken for part of a PascalCase name and sorts after the
// bare name. A Sid may hold only ASCII letters and digits
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html).

/** Prefixes whose plain capitalisation reads badly; everything else is PascalCase of the prefix. */
const READABLE_NAMES: Readonly<Record<string, string>> = {
  apigateway: 'ApiGateway',
  cloudformation: 'CloudFormation',
  cloudwatch: 'CloudWatch',
  dynamodb: 'DynamoDB',
  eventbridge: 'EventBridge',
  secretsmanager: 'SecretsManager',
  xray: 'XRay',
};

/** The Sid name of an IAM service prefix; `Statement` when the prefix has no usable characters. */
export function sidBase(servicePrefix: string): string {
  const prefix = servicePrefix.toLowerCase();
  const readable = READABLE_NAMES[prefix];
  if (readable !== undefined) return readable;
  const name = prefix
    .split(/[^a-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return name.length > 0 ? name : 'Statement';
}

/** The suffix of the n-th statement (0-based) of one service: '', 'b', 'c', ..., 'z', 'aa', 'ab', ... */
export function sidSuffix(index: number): string {
  if (index === 0) return '';
  // Bijective base 26 of index + 1, so that index 1 -> 'b' and index 25 -> 'z', index 26 -> 'aa'.
  let rest = index + 1;
  let suffix = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    suffix = String.fromCharCode(97 + digit) + suffix;
    rest = Math.floor((rest - 1) / 26);
  }
  return suffix;
}
