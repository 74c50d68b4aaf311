import type { Finder } from './finder.js';
import { methodCall, operationOf } from './finder.js';

/** v2 `new AWS.DynamoDB.DocumentClient().put(params).promise()`. */
export const v2DocumentClient: Finder = {
  name: 'v2-document-client',
  find(node, ctx) {
    const call = methodCall(node);
    if (!call) return [];
    const client = ctx.classify(call.receiver);
    if (client?.kind !== 'client' || client.style !== 'v2' || client.packageName !== 'aws-sdk DynamoDB.DocumentClient') return [];
    const operation = operationOf(client.clientId, call.method);
    const input = node.arguments?.[0];
    return operation ? [{ node, service: client.clientId, operation, spelled: call.method, input: input && ctx.arg(input), client }] : [];
  },
};
