import type { Finder } from './finder.js';
import { methodCall, operationOf } from './finder.js';

/** v3 aggregated clients: `new S3().getObject(input)`. */
export const v3Aggregated: Finder = {
  name: 'v3-aggregated',
  find(node, ctx) {
    const call = methodCall(node);
    if (!call) return [];
    const client = ctx.classify(call.receiver);
    if (client?.kind !== 'client' || client.style !== 'aggregated' || client.packageName === '@aws-sdk/lib-dynamodb') return [];
    const operation = operationOf(client.clientId, call.method);
    if (client.clientId && !operation) return [];
    const input = node.arguments?.[0];
    return [{ node, service: client.clientId, operation, spelled: call.method, input: input && ctx.arg(input), client }];
  },
};
