// Forward access sessions: a service that encrypts with a customer managed key calls KMS with the
// caller's credentials, so the caller needs the KMS action, limited by kms:ViaService
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_forward_access_sessions.html,
// https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service).
// Source: iam-policy-autopilot-config/fas/<boto3>.json, plus the gaps data/README.md names.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PermissionRule } from '../../src/maps/format.js';

export const kmsKeyType = 'kms:key';
export const kmsKeyArn = 'arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}';

interface RawFas {
  Name: string;
  Operations: Array<{ Name: string; FasOperations?: Array<{ Operation: string; Service: string; Context?: Record<string, string> }> }>;
}

export interface ForwardAccess {
  /** boto3 name -> operation -> KMS action names, in order. */
  kms: Map<string, Map<string, string[]>>;
  /** Input files read, relative to the data dir. */
  files: Map<string, string>;
  /** Non-KMS forward calls (redshift-data ExecuteStatement -> redshift:GetClusterCredentials...) not mapped. */
  skipped: string[];
}

// Gaps in the autopilot maps, with the AWS page that says so.
const gaps: Array<{ boto3: string; operations: string[]; actions: string[] }> = [
  // SQS producers need kms:GenerateDataKey and kms:Decrypt
  // (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-key-management.html).
  { boto3: 'sqs', operations: ['SendMessage', 'SendMessageBatch'], actions: ['GenerateDataKey', 'Decrypt'] },
  // Multipart uploads with SSE-KMS need kms:GenerateDataKey and kms:Decrypt
  // (https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions).
  { boto3: 's3', operations: ['CreateMultipartUpload', 'UploadPart', 'CompleteMultipartUpload'], actions: ['GenerateDataKey', 'Decrypt'] },
];

export function readForwardAccess(dataDir: string): ForwardAccess {
  const dir = 'iam-policy-autopilot-config/fas';
  const kms = new Map<string, Map<string, string[]>>();
  const files = new Map<string, string>();
  const skipped: string[] = [];
  for (const fileName of readdirSync(path.join(dataDir, dir)).filter((f) => f.endsWith('.json')).sort()) {
    const file = path.posix.join(dir, fileName);
    const raw = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as RawFas;
    files.set(raw.Name, file);
    const ops = new Map<string, string[]>();
    for (const op of raw.Operations) {
      for (const fas of op.FasOperations ?? []) {
        if (fas.Service !== 'kms') {
          skipped.push(`${raw.Name}.${op.Name} -> ${fas.Service}:${fas.Operation}`);
          continue;
        }
        ops.set(op.Name, [...new Set([...(ops.get(op.Name) ?? []), fas.Operation])]);
      }
    }
    kms.set(raw.Name, ops);
  }
  for (const gap of gaps) {
    const ops = kms.get(gap.boto3) ?? new Map<string, string[]>();
    for (const op of gap.operations) ops.set(op, [...new Set([...(ops.get(op) ?? []), ...gap.actions])]);
    kms.set(gap.boto3, ops);
  }
  return { kms, files, skipped };
}

/** The rules for one operation: each KMS action on the key, when the target uses a customer managed key. */
export function forwardAccessRules(signingService: string, actions: string[]): PermissionRule[] {
  return actions.map((name) => ({
    action: `kms:${name}`,
    resources: [{ type: kmsKeyType }],
    when: { context: 'kms' },
    conditions: [{ key: 'kms:ViaService', value: `${signingService}.\${Region}.amazonaws.com` }],
    why: `with a customer managed KMS key, ${signingService} calls kms:${name} with the caller's credentials`,
  }));
}
