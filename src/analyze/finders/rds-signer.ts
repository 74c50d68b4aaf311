import type { Finder } from './finder.js';
import { methodCall, operationOf } from './finder.js';
import { clientIdFor } from '../service-names.js';

const PACKAGE = '@aws-sdk/rds-signer';

/** `new Signer({ hostname, port, username }).getAuthToken()`: an IAM database token (rds-db:connect). */
export const rdsSigner: Finder = {
  name: 'rds-signer',
  find(node, ctx) {
    const call = methodCall(node);
    if (call?.method !== 'getAuthToken') return [];
    const signer = ctx.classify(call.receiver);
    if (signer?.kind !== 'aws-object' || signer.module !== PACKAGE || signer.name !== 'Signer') return [];
    const service = clientIdFor(PACKAGE) ?? 'rds-signer';
    const options = signer.args[0];
    return [{ node, service, operation: operationOf(service, 'GetAuthToken') ?? 'GetAuthToken', spelled: 'getAuthToken', input: options }];
  },
};
