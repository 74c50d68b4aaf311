// The types every stage shares. Plain data only: no classes, no functions, so that a result can be
// saved as JSON and rendered again later without re-analysing.

/** A place in a user's source file. `line` and `column` are 1-based. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * A value the code leaves unknown (an event field, a function parameter, an unset env var).
 * It always becomes a wildcard, never a guess; `why` and `at` are reported to the user.
 */
export interface Unknown {
  $unknown: string;
  at?: SourceLocation;
}

/** A string known only in parts, e.g. `orders-${stage}` with `stage` unknown. */
export interface TemplateValue {
  $template: Array<string | Unknown>;
}

/** One of several known values (`isProd ? 'orders-prod' : 'orders-dev'`): each becomes a resource. */
export interface OneOfValue {
  $oneOf: Value[];
}

/**
 * What the resolve stage makes of an expression: JSON-like data in which any part may be
 * unknown. An object literal with a spread of something unknown carries `$rest: Unknown`.
 */
export type Value =
  | string
  | number
  | boolean
  | null
  | Unknown
  | TemplateValue
  | OneOfValue
  | Value[]
  | { [key: string]: Value };

/** Where the call runs. Unknown parts are `*` in ARNs. */
export interface CallContext {
  partition: string;
  region: string;
  account: string;
  /** The client's `endpoint` setting, when the code gives one (API Gateway Management API). */
  endpoint?: Value;
}

/** An IAM condition block: operator -> key -> value(s), e.g. `{StringEquals: {"kms:ViaService": "s3.us-east-1.amazonaws.com"}}`. */
export type Condition = Record<string, Record<string, string | string[]>>;

/** One (action, resource[, condition]) pair that a call needs. */
export interface Permission {
  action: string;
  resource: string;
  condition?: Condition;
  /** Why this permission follows from the call, when it is not "the action named like the operation". */
  why?: string;
}

export type Severity = 'error' | 'warning' | 'note';

/** Something the user should know: an unresolved input, an unparsable file, an unknown service. */
export interface Finding {
  severity: Severity;
  /** A stable short code, e.g. `unresolved-input`, `parse-error`, `unknown-operation`. */
  code: string;
  message: string;
  at?: SourceLocation;
}

/**
 * One AWS call found in a function's code. `service` is an action-map client id (`s3`, `sfn`,
 * `lib-dynamodb`, `lib-storage`, ...); `operation` is the canonical operation name (`HeadObject`).
 */
export interface SdkCall {
  service: string;
  operation: string;
  input: Value;
  at: SourceLocation;
  /** The finder that recognised the call (`v3-send`, `v2-client`, ...), for --explain. */
  via: string;
  /**
   * Settings of the client that makes the call, where the code gives them. `givenCredentials`: the
   * client was handed credentials of another principal (an assumed role's, keys), so the call does
   * not run as the function's role.
   */
  clientConfig?: { region?: Value; endpoint?: Value; givenCredentials?: boolean };
}

/** A call that needs a permission, kept with it for --explain and the markdown report. */
export interface CallSite {
  at: SourceLocation;
  service: string;
  operation: string;
  via: string;
  /** Why this call needs the permission, when it is not the action named like the operation. */
  why?: string;
}

/** A permission together with every call that needs it. */
export interface NeededPermission extends Permission {
  calls: CallSite[];
}

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Condition;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: Statement[];
}

/** Everything iamgen found for one function. */
export interface FunctionResult {
  name: string;
  /** The entry file, relative to the working directory. */
  entry: string;
  /** The whole policy; compacted (and said so in findings) when it would not fit a role's inline policies. */
  policy: PolicyDocument;
  /** When even compacted it is too large for one inline policy: the same grants as managed-policy-sized parts. */
  managedPolicies?: PolicyDocument[];
  permissions: NeededPermission[];
  calls: SdkCall[];
  findings: Finding[];
  /**
   * Where the IaC declares the function and what it grants it there; absent when the function was
   * given as a path. The write-back reports use `resourceArns` to name the template's own resources.
   */
  iac?: { at: IacLocation; declaredPolicies: PolicyDocument[]; managedPolicyArns: string[]; resourceArns: Record<string, string> };
  /** `permissions` compared with what the IaC grants (`iac.declaredPolicies`); set by the diff stage. */
  declaredDiff?: DeclaredDiff;
}

/** A granted (action, resource) pair that no needed permission uses. */
export interface ExcessGrant {
  /** A real action name (a declared wildcard is expanded), or the declared pattern when it cannot be. */
  action: string;
  /** The resource as the declaration writes it. */
  resource: string;
  /** The declared wildcard (`dynamodb:*`) this action was expanded from. */
  declared?: string;
  statementSid?: string;
}

/** What the code needs against what the declared policies allow. */
export interface DeclaredDiff {
  /** Needed pairs that no declared statement allows, or that one denies: AccessDenied at run time. */
  missing: NeededPermission[];
  excess: ExcessGrant[];
  /** What could not be compared offline (managed policy ARNs, undecidable conditions), one sentence each. */
  unevaluated: string[];
}

/** The saved result of `iamgen suggest`; any report renders from it alone. */
export interface SuggestResult {
  schemaVersion: 1;
  tool: { name: 'iamgen'; version: string; dataVersion: string };
  functions: FunctionResult[];
  /** Findings not tied to one function (a missing path, an unreadable template). */
  findings: Finding[];
}

/** Which infrastructure-as-code a function was found in. */
export type IacKind = 'sam' | 'cloudformation' | 'serverless' | 'cdk' | 'terraform';

/** Where in an IaC file something is declared: `template.yaml` at `Resources.OrderFunction`, line 42. */
export interface IacLocation {
  kind: IacKind;
  file: string;
  /** Dotted path inside the file (`Resources.OrderFunction.Properties.Environment`), or the HCL address (`aws_lambda_function.order`). */
  path: string;
  line?: number;
}

/** A function as the IaC declares it: enough to analyse its code and compare with what it is granted. */
export interface DiscoveredFunction {
  /** The name the IaC gives it (logical id, serverless.yml key, CDK construct id, Terraform resource name). */
  name: string;
  /** Absolute path of the source file the handler lives in (the TypeScript source when esbuild builds it). */
  entry: string;
  /** The exported handler (`handler` for `index.handler`). */
  handlerExport: string;
  /**
   * Environment variables, resolved as far as the IaC allows, as IAM patterns: a name generated at
   * deploy time is the tightest wildcard still true (`*-OrdersTable-*`), never a guess.
   */
  env: Record<string, string>;
  /** What the IaC grants the function's role today, as policy documents (SAM templates expanded). */
  declaredPolicies: PolicyDocument[];
  /** Managed policy ARNs attached to the role, which iamgen cannot expand offline. */
  managedPolicyArns: string[];
  /** ARN patterns of the template's own resources by logical id / address, for writing policies back with !GetAtt/!Sub. */
  resourceArns: Record<string, string>;
  at: IacLocation;
  /** Problems met while reading this function (an intrinsic iamgen cannot evaluate, ...). */
  findings: Finding[];
  /** Event sources Lambda polls with the function's own role; their permissions are needed though no code makes the calls. */
  triggers?: FunctionTrigger[];
  /** The region and account the IaC deploys the function to, when it says; `--region`/`--account` win. */
  region?: string;
  account?: string;
}

/** An event source mapping that feeds a function: Lambda reads `source` with the function's role. */
export interface FunctionTrigger {
  kind: 'sqs' | 'kinesis' | 'dynamodb-stream' | 'kafka' | 'mq';
  /** ARN pattern of the queue, stream (`table/T/stream/*` for DynamoDB) or cluster/broker. */
  source: string;
  /** ARN pattern of the SQS queue or SNS topic that receives records of failed batches. */
  onFailure?: string;
  /** ARN pattern of the customer managed KMS key the SQS queue is encrypted with. */
  kmsKey?: string;
  at: IacLocation;
}

/** What an IaC reader returns for one template or project file. */
export interface IacReadResult {
  functions: DiscoveredFunction[];
  /** Problems that stop a whole file (it does not parse), with file and line. */
  findings: Finding[];
}
