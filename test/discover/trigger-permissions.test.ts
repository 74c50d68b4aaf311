// A trigger becomes the pairs Lambda's poller needs on the function's role, each with a call site
// at the IaC that declares the trigger (`via: iac-trigger`).
import { describe, expect, it } from 'vitest';
import { triggerNeeds, withTriggerPermissions } from '../../src/discover/trigger-permissions.js';
import type { FunctionTrigger } from '../../src/model.js';

const pairs = (trigger: FunctionTrigger) => triggerNeeds(trigger).needs.map((need) => `${need.action} ${need.resource}`);

describe('withTriggerPermissions', () => {
  const at = { kind: 'serverless' as const, file: 'serverless.yml', path: 'functions.worker.events.0.msk', line: 9 };

  it('adds the pairs with an iac-trigger call site, merged with the code\'s own call of the same pair', () => {
    const code = { action: 'sqs:DeleteMessage', resource: 'arn:aws:sqs:*:*:jobs', calls: [{ at: { file: 'a.ts', line: 3, column: 1 }, service: 'sqs', operation: 'DeleteMessage', via: 'v3-send' }] };
    const result = withTriggerPermissions([code], [{ kind: 'sqs', source: 'arn:aws:sqs:*:*:jobs', at: { ...at, path: 'functions.worker.events.0.sqs' } }]);
    const trigger = { at: { file: 'serverless.yml', line: 9, column: 1 }, service: 'lambda', operation: 'SqsEventSource', via: 'iac-trigger', why: "Lambda polls the queue with the function's role" };
    expect(result.permissions).toEqual([
      { ...code, calls: [...code.calls, trigger] },
      { action: 'sqs:ReceiveMessage', resource: 'arn:aws:sqs:*:*:jobs', calls: [trigger] },
      { action: 'sqs:GetQueueAttributes', resource: 'arn:aws:sqs:*:*:jobs', calls: [trigger] },
    ]);
    expect(code.calls).toHaveLength(1);
  });

  it('a Kafka trigger adds no pairs and says so', () => {
    const result = withTriggerPermissions([], [{ kind: 'kafka', source: 'arn:aws:kafka:*:*:cluster/c/*', at }]);
    expect(result.permissions).toEqual([]);
    expect(result.findings.map((finding) => [finding.code, finding.at?.line])).toEqual([['trigger-not-listed', 9]]);
  });

  it('a Kinesis consumer adds SubscribeToShard on the consumer and the stream actions on its stream', () => {
    const consumer = 'arn:aws:kinesis:*:*:stream/clicks/consumer/c:1';
    expect(pairs({ kind: 'kinesis', source: consumer, at }).filter((pair) => pair.includes('SubscribeToShard') || pair.includes('GetRecords'))).toEqual([
      'kinesis:GetRecords arn:aws:kinesis:*:*:stream/clicks',
      `kinesis:SubscribeToShard ${consumer}`,
    ]);
  });
});
