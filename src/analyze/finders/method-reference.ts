import { ts } from 'ts-morph';
import type { Finder } from './finder.js';
import { methodCall } from './finder.js';

/**
 * A client's operation method called through a reference: `const put = promisify(kinesis.putRecord.bind(kinesis)); put(params)`,
 * `s3.getObject.call(s3, params)`. A direct `client.method(params)` is the client finders' own.
 */
export const methodReference: Finder = {
  name: 'method-reference',
  find(node, ctx) {
    if (!ts.isCallExpression(node)) return [];
    const call = methodCall(node);
    if (call && ctx.classify(call.receiver)?.kind === 'client') return [];
    let method = ctx.classify(node.expression);
    let input = node.arguments[0];
    // `fn.call(thisArg, params)`: the input is the second argument.
    if (method?.kind !== 'sdk-method' && call?.method === 'call') {
      method = ctx.classify(call.receiver);
      input = node.arguments[1];
    }
    if (method?.kind !== 'sdk-method') return [];
    const { client } = method;
    return [{ node, service: client.clientId, operation: method.operation, spelled: method.method, input: input && ctx.arg(input), client }];
  },
};
