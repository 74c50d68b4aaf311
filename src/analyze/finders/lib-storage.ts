import { ts } from 'ts-morph';
import type { Finder } from './finder.js';
import { awsExportCalled, clientOption, operationOf } from './finder.js';
import { clientIdFor } from '../service-names.js';

/** `@aws-sdk/lib-storage` `new Upload({ client, params })`: an upload is the only reason to make one. */
export const libStorage: Finder = {
  name: 'lib-storage',
  find(node, ctx) {
    const called = awsExportCalled(ctx, node, (module) => module === '@aws-sdk/lib-storage');
    if (called?.name !== 'Upload' || !ts.isNewExpression(node)) return [];
    const options = node.arguments?.[0];
    const service = clientIdFor(called.module);
    return [{ node, service, operation: operationOf(service, 'Upload'), spelled: 'Upload', input: options && ctx.arg(options), client: clientOption(ctx, options) }];
  },
};
