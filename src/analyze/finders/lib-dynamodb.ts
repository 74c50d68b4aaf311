import type { Finder } from './finder.js';
import { commandCall, methodCall, operationOf } from './finder.js';

const LIB_DYNAMODB = '@aws-sdk/lib-dynamodb';

/** `@aws-sdk/lib-dynamodb`: `docClient.send(new PutCommand(input))` and `DynamoDBDocument.from(c).put(input)`. */
export const libDynamodb: Finder = {
  name: 'lib-dynamodb',
  find(node, ctx) {
    const call = methodCall(node);
    if (!call) return [];
    const first = node.arguments?.[0];
    if (call.method === 'send' && first) {
      if (ctx.classify(node.expression)?.kind === 'function') return [];
      const command = ctx.classify(first);
      if (command?.kind !== 'command' || command.packageName !== LIB_DYNAMODB) return [];
      const receiver = ctx.classify(call.receiver);
      return [commandCall(node, command, receiver?.kind === 'client' ? receiver : undefined)];
    }
    const client = ctx.classify(call.receiver);
    if (client?.kind !== 'client' || client.style !== 'aggregated' || client.packageName !== LIB_DYNAMODB) return [];
    const operation = operationOf(client.clientId, call.method);
    return operation ? [{ node, service: client.clientId, operation, spelled: call.method, input: first && ctx.arg(first), client }] : [];
  },
};
