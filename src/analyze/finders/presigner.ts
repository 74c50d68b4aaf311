import type { Finder } from './finder.js';
import { awsExportCalled, commandCall } from './finder.js';

/** `getSignedUrl(client, new GetObjectCommand(p))`: the URL is used with the signer's permission for the command. */
export const presigner: Finder = {
  name: 'presigner',
  find(node, ctx) {
    const called = awsExportCalled(ctx, node, (module) => module === '@aws-sdk/s3-request-presigner');
    const [clientExpr, commandExpr] = node.arguments ?? [];
    if (called?.name !== 'getSignedUrl' || !commandExpr) return [];
    const command = ctx.classify(commandExpr);
    if (command?.kind !== 'command') return [{ node, service: 's3', operation: undefined, spelled: commandExpr.getText() }];
    const client = clientExpr ? ctx.classify(clientExpr) : undefined;
    return [commandCall(node, command, client?.kind === 'client' ? client : undefined)];
  },
};
