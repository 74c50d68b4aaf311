// What the CDK source says about an app, as plain data: the discover stage turns it into functions.
import type { SourceLocation, Unknown, Value } from '../../model.js';

/** A construct of aws-cdk-lib the app creates or imports (`new dynamodb.Table(...)`, `Table.fromTableName(...)`). */
export interface ConstructDescription {
  /** `<module>.<Class>`: `aws-dynamodb.Table`, `aws-s3.Bucket`, `aws-lambda-nodejs.NodejsFunction`. */
  type: string;
  /** The construct id; `*` when the code does not say. */
  id: string;
  /** Whether the construct's scope is its stack, so that its logical id starts with its own id. */
  inStackScope: boolean;
  /** The props whose name ends in `Name` (`tableName`, `bucketName`, ...), evaluated. */
  names: Record<string, Value>;
  /** Names of all props the code gives. */
  props: string[];
  /** Methods called on the construct anywhere in the app (`addGlobalSecondaryIndex`, ...). */
  calledMethods: string[];
  /** For a static import (`Table.fromTableName(this, 'T', 'orders')`): the method and its last argument. */
  imported?: { method: string; value: Value };
  at: SourceLocation;
}

/** `new iam.PolicyStatement({ effect, actions, resources, conditions })`, evaluated. */
export interface StatementSource {
  effect: 'Allow' | 'Deny';
  actions: Value;
  resources: Value;
  conditions?: Value;
  at: SourceLocation;
}

/** `resource.grantX(fn)`. */
export interface GrantSource {
  method: string;
  resource: ConstructDescription;
  at: SourceLocation;
}

/** `iam.ManagedPolicy.fromAwsManagedPolicyName(name)` (`aws`), `fromManagedPolicyName` (`account`), `fromManagedPolicyArn` (`arn`). */
export interface ManagedPolicySource {
  kind: 'aws' | 'account' | 'arn';
  value: Value;
  at: SourceLocation;
}

/** A `NodejsFunction` or `lambda.Function` and everything the app says about it. */
export interface FunctionSource {
  construct: ConstructDescription;
  /** Name of the class (stack or construct) whose code creates the function. */
  definedIn?: string;
  entry?: Value;
  handler?: Value;
  /** `lambda.Code.fromAsset(path)`: the path. */
  codeAsset?: Value;
  /** How `code` is given when it is not `Code.fromAsset` (`Code.fromInline`, a bucket, ...). */
  otherCode?: string;
  environment: Record<string, Value>;
  /** The environment as a whole when it is not an object literal the code spells out. */
  environmentUnknown?: Unknown;
  statements: StatementSource[];
  grants: GrantSource[];
  managedPolicies: ManagedPolicySource[];
  /** `fn.addEventSource(new SqsEventSource(queue))` and the `eventSources` prop. */
  eventSources: EventSourceDescription[];
}

/** `new SqsEventSource(queue, { onFailure: new SqsDlq(dlq) })`, `DynamoEventSource(table)`, `KinesisEventSource(stream)`. */
export interface EventSourceDescription {
  /** The event source class: `SqsEventSource`, `DynamoEventSource`, `KinesisEventSource`, `ManagedKafkaEventSource`, ... */
  type: string;
  /** The queue, table or stream it reads, when the code names a construct. */
  resource?: ConstructDescription;
  /** The queue (`SqsDlq`) or topic (`SnsDlq`) of `onFailure`. */
  onFailure?: ConstructDescription;
  at: SourceLocation;
}

/** `new MyStack(app, 'Id', { env: { region, account } })`: what the code gives, by the stack's class name. */
export interface StackEnvironment {
  stackClass: string;
  region?: Value;
  account?: Value;
}

export interface CdkSource {
  functions: FunctionSource[];
  /** Every resource construct of the app, for ARNs by construct id. */
  constructs: ConstructDescription[];
  stackEnvironments: StackEnvironment[];
}
