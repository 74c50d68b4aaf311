import { closestNames } from './closest-names.js';
import { loadMapIndex, loadServiceMap } from './load-maps.js';

/**
 * The action-map client id for a name a user or the code may use: a v3 package
 * (`@aws-sdk/client-s3`), its short name (`s3`), a v2 class (`S3`, `DynamoDB.DocumentClient`),
 * a boto3 name, or a helper library (`@aws-sdk/lib-dynamodb`).
 */
export function clientIdFor(name: string): string | undefined {
  const aliases = loadMapIndex().aliases;
  const lower = name.trim().toLowerCase();
  return aliases[lower] ?? aliases[lower.replace(/^aws\./, '')] ?? aliases[lower.replace(/client$/, '')];
}

/** Valid service names closest to an unknown one, for error messages. */
export function closestClientNames(name: string): string[] {
  return closestNames(name, Object.keys(loadMapIndex().clients));
}

const operationIndexes = new Map<string, Map<string, string>>();

/**
 * The canonical operation name (`HeadObject`) for `HeadObject`, `HeadObjectCommand` or `headObject`;
 * undefined when the client has no such operation.
 */
export function canonicalOperationName(clientId: string, name: string): string | undefined {
  const operations = operationIndex(clientId);
  if (!operations) return undefined;
  const lower = name.trim().toLowerCase();
  // Exact first: SSM's `SendCommand` is an operation whose v3 class is `SendCommandCommand`.
  return operations.get(lower) ?? (lower.endsWith('command') ? operations.get(lower.slice(0, -'command'.length)) : undefined);
}

/** Operation names of a client closest to an unknown one, for error messages. */
export function closestOperationNames(clientId: string, name: string): string[] {
  const operations = operationIndex(clientId);
  return operations ? closestNames(name.replace(/Command$/, ''), operations.values()) : [];
}

function operationIndex(clientId: string): Map<string, string> | undefined {
  let operations = operationIndexes.get(clientId);
  if (!operations) {
    const map = loadServiceMap(clientId);
    if (!map) return undefined;
    operations = new Map(Object.keys(map.operations).map((op) => [op.toLowerCase(), op]));
    operationIndexes.set(clientId, operations);
  }
  return operations;
}
