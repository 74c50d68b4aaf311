import type { Finder } from './finder.js';
import { awsExportCalled, clientOption, isClientPackage, operationOf } from './finder.js';
import { clientIdFor } from '../service-names.js';

// Waiters whose polled operation is not Describe/Get/Head of the waited-for resource (from each
// client's waiters/ folder in the SDK: e.g. Lambda's FunctionActive polls GetFunctionConfiguration).
const POLLED_OPERATION: Record<string, string> = {
  FunctionActive: 'GetFunctionConfiguration',
  FunctionUpdated: 'GetFunctionConfiguration',
  FunctionActiveV2: 'GetFunction',
  FunctionUpdatedV2: 'GetFunction',
  FunctionExists: 'GetFunction',
  BucketExists: 'HeadBucket',
  BucketNotExists: 'HeadBucket',
  ObjectExists: 'HeadObject',
  ObjectNotExists: 'HeadObject',
  ExecutionSucceeded: 'DescribeExecution',
};
const STATE_SUFFIX = /(NotExists|Exists|Available|Running|Stopped|Terminated|Deleted|Active|Completed|Complete|Succeeded|Failed|Ready|InService|Updated|Created)(V2)?$/;

/** v3 waiters: `waitUntilObjectExists({ client }, input)` polls HeadObject. */
export const waiter: Finder = {
  name: 'waiter',
  find(node, ctx) {
    const called = awsExportCalled(ctx, node, isClientPackage);
    const match = called && /^(waitUntil|waitFor)([A-Z]\w*)$/.exec(called.name);
    if (!called || !match?.[2]) return [];
    const service = clientIdFor(called.module);
    const waited = match[2];
    const [config, input] = node.arguments ?? [];
    return [{ node, service, operation: polledOperation(service, waited), spelled: called.name, input: input && ctx.arg(input), client: clientOption(ctx, config) }];
  },
};

function polledOperation(service: string | undefined, waited: string): string | undefined {
  const known = POLLED_OPERATION[waited];
  if (known) return operationOf(service, known);
  const resource = waited.replace(STATE_SUFFIX, '');
  for (const candidate of [`Describe${resource}s`, `Describe${resource}`, `Get${resource}`, `Head${resource}`, `List${resource}s`]) {
    const operation = operationOf(service, candidate);
    if (operation) return operation;
  }
  return undefined;
}
