// Reads iam-dataset's map (iann0036/iam-dataset, 2022-08-19): SDK v2 method -> IAM actions with
// the request parameters that fill each ARN variable. Old, with known errors (see data/README.md),
// but the only source that ties request parameters to ARN variables.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const iamDatasetFile = 'iam-dataset/map-2022-08-19.json';

export interface IdsCondition {
  lhs: string;
  op: string;
  rhs?: string;
  andCondition?: IdsCondition;
}

export interface IdsTemplate {
  template: string;
  /** Rare (3 entries); a test on the input for this one variable. Not translated. */
  conditions?: IdsCondition;
}

export interface IdsEntry {
  action: string;
  resource_mappings?: Record<string, IdsTemplate>;
  resourcearn_mappings?: Record<string, string>;
  arn_override?: IdsTemplate;
  conditions?: IdsCondition;
  condition_mappings?: Record<string, IdsTemplate>;
  undocumented?: boolean;
}

export interface IamDataset {
  /** "S3.GetObject" -> entries, in the file's order. */
  methods: Map<string, IdsEntry[]>;
  /** "STS.GetCallerIdentity": calls that need no permission. */
  permissionless: Set<string>;
  /** v2 class or service name -> IAM prefix ("IoTThingsGraph" -> "iotthingsgraph"). */
  prefixes: Map<string, string>;
}

export function readIamDataset(dataDir: string): IamDataset {
  const raw = JSON.parse(readFileSync(path.join(dataDir, iamDatasetFile), 'utf8')) as {
    sdk_permissionless_actions: string[];
    sdk_method_iam_mappings: Record<string, IdsEntry[]>;
    sdk_service_mappings: Record<string, string>;
  };
  return {
    methods: new Map(Object.entries(raw.sdk_method_iam_mappings)),
    permissionless: new Set(raw.sdk_permissionless_actions),
    prefixes: new Map(Object.entries(raw.sdk_service_mappings)),
  };
}

/** v2 class names iam-dataset uses that the TSV lists under another client. */
// AWS SDK v2 shipped CloudWatchEvents and EventBridge as two classes over one API
// (https://docs.aws.amazon.com/AWSJavaScriptSDK/latest/AWS/CloudWatchEvents.html).
export const extraV2Classes: Record<string, string[]> = { eventbridge: ['CloudWatchEvents'] };
