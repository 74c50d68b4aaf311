// The shape of the files in action-maps/. Written by scripts/generate-action-maps.ts (and by hand in
// action-maps/overrides/), read lazily by src/maps/. One file per SDK client or helper library, so
// answering for one service reads one small file, never the whole data set.
//
//   action-maps/index.json              MapIndex: every client id and every name a user may type
//   action-maps/services/<client>.json  ServiceMap: that client's operations -> permission rules
//   action-maps/overrides/<client>.json OverrideFile: curated rules that win over generated ones
//   action-maps/MANIFEST.json           which inputs (sha256) each generated file came from
//
// Paths into a call's input ("Path" below) are dot paths with two fan-out forms:
//   "Bucket", "Delete.Objects[].Key" (every element), "RequestItems{}" (every key of a map).
// Inside a rule with `forEach`, a path starting with "@." is relative to the current element
// ("@.Put.TableName"); other paths are relative to the whole input.

export type Path = string;

/** Names of the value parsers in src/maps/parsers/ (each turns one input value into ARN parts). */
export type ParserName =
  | 'sqs-queue-url' // https://sqs.<region>.amazonaws.com/<account>/<name> -> Region, Account, QueueName
  | 's3-copy-source' // "bucket/key?versionId=v" (URL-encoded, optional leading "/", or an access point ARN) -> BucketName, ObjectName, VersionId
  | 'secret-id' // name -> secret:NAME-??????, or the ARN itself
  | 'lambda-function-name' // name | partial ARN (acct:function:name) | full ARN, with ":qualifier" -> FunctionName, Region, Account, Qualifier
  | 'ssm-parameter-name' // "/a/b" -> "a/b" (the ARN has no doubled slash); an ARN stays itself
  | 'event-bus-name' // name | ARN; absent -> "default"
  | 'kms-key-id' // key id | key ARN | alias/x | alias ARN -> KeyId, or key/* plus a kms:RequestAlias condition
  | 'email-identity' // "Name <user@example.com>" -> the address identity and its domain identity
  | 'apigw-endpoint' // https://<apiId>.execute-api.<region>.amazonaws.com/<stage> -> ApiId, Region, Stage
  | 'partiql-statement' // SELECT/INSERT/UPDATE/DELETE ... "table" -> Verb, TableName
  | 'bedrock-model-id' // model id | inference profile id | ARN -> the model or profile ARNs
  | 'dsql-hostname' // <cluster>.dsql.<region>.on.aws -> ClusterId, Region
  | 'arn-or-name' // a value that may be a full ARN (used as is) or the name for the template
  | 's3-uri' // s3://bucket/prefix/ -> BucketName, ObjectName "prefix/*"
  | 'athena-query-tables'; // a SQL query -> DatabaseName, TableName of each catalog table it reads

/** Where one ARN variable or condition value comes from. A bare string is an input path. */
export type Binding =
  | Path
  | {
      /** Input path to read. */
      from?: Path;
      /** A value from the call's context instead of its input ("endpoint" is the client's endpoint setting). */
      context?: 'endpoint' | 'region' | 'account' | 'partition';
      /** Turn the value into named parts with a parser, and take `field` from it. */
      parse?: ParserName;
      field?: string;
      /** Used when the input has no value at `from` (not when the value is unknown). */
      default?: string;
      /** A constant. */
      value?: string;
    };

/**
 * A test on a call's input. An unknown value counts as present; a test that depends on an unknown
 * value is false (the rule is left out and the unknown is reported by the caller).
 */
export type Predicate =
  | { present: Path }
  | { absent: Path }
  | { equals: [Path, string] }
  | { matches: [Path, string] | [Path, string, string] } // [path, regex source, flags]
  | { context: 'kms' } // the caller knows the target resource is encrypted with a customer managed KMS key
  | { all: Predicate[] }
  | { any: Predicate[] }
  | { not: Predicate };

export interface ResourceRule {
  /** Resource type key into ServiceMap.resourceTypes ("s3:object"); its ARN format is the template. */
  type?: string;
  /** An ARN template to use instead of the type's format (e.g. API Gateway's ".../POST/@connections/*"). */
  arn?: string;
  /** ARN variable -> source. Variables not bound here: Partition/Region/Account come from the context,
   * others from an input key of the same name (case-insensitive), else "*". */
  bind?: Record<string, Binding>;
  /** Run a parser over an input value; its fields fill the template's variables, and it may give the
   * whole ARN (a value that already is an ARN) or add a condition (KMS aliases). */
  parse?: { from: Path; with: ParserName };
  when?: Predicate;
}

export interface ConditionRule {
  /** Condition key, e.g. "kms:ViaService", "s3:prefix", "iam:PassedToService". */
  key: string;
  /** Template with ${Partition}, ${Region}, ${Account}, e.g. "s3.${Region}.amazonaws.com". */
  value?: string | string[];
  /** Or a value from the input; a condition whose input value is absent or wholly unknown is dropped. */
  from?: Binding;
  /** Default: StringEquals, or StringLike when the value has a wildcard. */
  op?: string;
}

export interface PermissionRule {
  /** "s3:GetObject" */
  action: string;
  /** Absent or empty: the action takes no resource, "*". */
  resources?: ResourceRule[];
  when?: Predicate;
  /** Repeat this rule for each element at this path (paths starting "@." read the element). */
  forEach?: Path;
  conditions?: ConditionRule[];
  /** Shown by --explain when the mapping is not obvious: "HeadObject is authorized as s3:GetObject". */
  why?: string;
}

export interface OperationMap {
  /** Where this entry came from. */
  source: 'override' | 'service-reference' | 'iam-dataset' | 'service-reference+iam-dataset' | 'name';
  /** The call needs no identity-policy permission; the text says why. */
  noPermission?: string;
  /** Another operation's rules apply ("dynamodb:PutItem"), reading its input at `inputPath` if given. */
  sameAs?: string;
  inputPath?: Path;
  permissions?: PermissionRule[];
  /** Required on overrides: why the entry differs from the generated one, and the AWS page it follows. */
  reason?: string;
  doc?: string;
}

/** Replaces the rules of several operations when a test on the input holds (S3 directory buckets). */
export interface Rewrite {
  when: Predicate;
  /** Operations it applies to; absent means all. */
  operations?: string[];
  permissions: PermissionRule[];
  reason: string;
  doc: string;
}

export interface ServiceMap {
  /** Client id: the @aws-sdk/client-* suffix ("s3", "sfn") or a library id ("lib-dynamodb"). */
  client: string;
  kind: 'client' | 'library';
  /** "@aws-sdk/client-s3", "@aws-sdk/lib-dynamodb" */
  package?: string;
  /** AWS SDK v2 class ("S3", "DynamoDB.DocumentClient"). */
  v2Class?: string;
  /** The IAM prefix of the client's own actions ("states" for sfn). */
  iamPrefix: string;
  /** "s3:object" -> "arn:${Partition}:s3:::${BucketName}/${ObjectName}", for every type the rules use. */
  resourceTypes: Record<string, string>;
  /** Canonical operation name ("HeadObject") -> rules. */
  operations: Record<string, OperationMap>;
  rewrites?: Rewrite[];
}

/** action-maps/overrides/<client>.json: merged over the generated ServiceMap (whole operations replaced). */
export interface OverrideFile {
  /** For a library or a client the generated data lacks: the ServiceMap header fields. */
  service?: Omit<ServiceMap, 'operations' | 'resourceTypes' | 'rewrites'> & { aliases?: string[] };
  resourceTypes?: Record<string, string>;
  operations: Record<string, OperationMap>;
  rewrites?: Rewrite[];
}

export interface MapIndexEntry {
  kind: 'client' | 'library';
  package?: string;
  v2Class?: string;
  iamPrefix: string;
  /** Path of the ServiceMap file, relative to action-maps/. */
  file: string;
}

export interface MapIndex {
  /** Data version, printed by `iamgen --version` (the Service Reference snapshot date). */
  dataVersion: string;
  clients: Record<string, MapIndexEntry>;
  /** Every accepted service name, lower-cased ("@aws-sdk/client-s3", "s3", "s3" v2 class, boto3 name,
   * "dynamodb.documentclient") -> client id. */
  aliases: Record<string, string>;
}
