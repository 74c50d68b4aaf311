import { ts } from 'ts-morph';
import type { Finder } from './finder.js';
import { methodCall, operationOf } from './finder.js';

const DOCUMENT_CLIENT = 'aws-sdk DynamoDB.DocumentClient';

/** v2 service objects: `new AWS.S3().getObject(params).promise()`, callbacks, `import { SQS } from 'aws-sdk'`. */
export const v2Client: Finder = {
  name: 'v2-client',
  find(node, ctx) {
    const call = methodCall(node);
    if (!call) return [];
    const client = ctx.classify(call.receiver);
    if (client?.kind !== 'client' || client.style !== 'v2' || client.packageName === DOCUMENT_CLIENT) return [];
    const args = node.arguments ?? [];
    const first = args[0];
    if (call.method === 'getSignedUrl' || call.method === 'getSignedUrlPromise') {
      // The URL carries the signer's permission for the named operation: `getSignedUrl('putObject', params)`.
      const spelled = first && ts.isStringLiteralLike(first) ? first.text : first?.getText() ?? '';
      const input = args[1];
      return [{ node, service: client.clientId, operation: operationOf(client.clientId, spelled), spelled, input: input && ctx.arg(input), client }];
    }
    if (call.method === 'upload' && client.clientId === 's3') {
      return [{ node, service: 'lib-storage', operation: operationOf('lib-storage', 'Upload'), spelled: 'upload', input: first && { fields: { params: ctx.arg(first) } }, client }];
    }
    if (call.method === 'createPresignedPost' && client.clientId === 's3') {
      return [{ node, service: 's3', operation: operationOf('s3', 'PutObject'), spelled: 'createPresignedPost', input: first && ctx.arg(first), client }];
    }
    const operation = operationOf(client.clientId, call.method);
    if (client.clientId && !operation) return [];
    return [{ node, service: client.clientId, operation, spelled: call.method, input: first && ctx.arg(first), client }];
  },
};
