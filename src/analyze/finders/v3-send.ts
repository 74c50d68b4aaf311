import type { Finder } from './finder.js';
import { commandCall, methodCall } from './finder.js';

const LIB_DYNAMODB = '@aws-sdk/lib-dynamodb';

/** v3 `client.send(new XCommand(input))`. A local `send` wrapper is followed as a call instead. */
export const v3Send: Finder = {
  name: 'v3-send',
  find(node, ctx) {
    const call = methodCall(node);
    const commandExpr = node.arguments?.[0];
    if (call?.method !== 'send' || !commandExpr) return [];
    if (ctx.classify(node.expression)?.kind === 'function') return [];
    const command = ctx.classify(commandExpr);
    const receiver = ctx.classify(call.receiver);
    const client = receiver?.kind === 'client' ? receiver : undefined;
    if (command?.kind === 'command') return command.packageName === LIB_DYNAMODB ? [] : [commandCall(node, command, client)];
    if (command?.kind === 'parameter' && (client?.style === 'command' || receiver === undefined || receiver.kind === 'parameter')) {
      return [{ node, service: client?.clientId, operation: undefined, spelled: commandExpr.getText(), client, fromUnboundParameter: true }];
    }
    if (client?.style === 'command') return [{ node, service: client.clientId, operation: undefined, spelled: commandExpr.getText(), client }];
    return [];
  },
};
