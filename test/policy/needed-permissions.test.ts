import { describe, expect, test } from 'vitest';
import type { SdkCall, Value } from '../../src/model.js';
import { neededPermissions } from '../../src/policy/needed-permissions.js';

const context = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const at = (line: number) => ({ file: 'handler.ts', line, column: 1 });
const unknown = (why: string, line: number): Value => ({ $unknown: why, at: at(line) });
const call = (service: string, operation: string, input: Value): SdkCall => ({ service, operation, input, at: at(1), via: 'v3-send' });

describe('unknown parts of an input that widen a resource are warned about', () => {
  test('also inside a list, under the names resources are read from only', () => {
    const result = neededPermissions(
      [
        call('lib-dynamodb', 'TransactWrite', {
          TransactItems: [
            { Update: { TableName: unknown('from the event', 5), Key: { id: unknown('from the event', 6) }, UpdateExpression: 'SET a = :a' } },
            { Put: { TableName: 'audit', Item: { id: unknown('from the event', 7) } } },
          ],
        }),
      ],
      context,
    );
    expect(result.permissions.map((p) => [p.action, p.resource])).toEqual([
      ['dynamodb:PutItem', 'arn:aws:dynamodb:us-east-1:123456789012:table/audit'],
      ['dynamodb:UpdateItem', 'arn:aws:dynamodb:us-east-1:123456789012:table/*'],
    ]);
    expect(result.findings.map((f) => [f.code, f.at?.line, f.message])).toEqual([
      ['unresolved-input', 5, 'lib-dynamodb TransactWrite: TransactItems[0].Update.TableName is not known (from the event); its resource is a wildcard'],
    ]);
  });

  test('an unknown key of an object to delete, in the list of objects', () => {
    const result = neededPermissions([call('s3', 'DeleteObjects', { Bucket: 'media', Delete: { Objects: [{ Key: unknown('from the event', 9) }] } })], context);
    expect(result.findings.map((f) => [f.at?.line, f.message])).toEqual([
      [9, 's3 DeleteObjects: Delete.Objects[0].Key is not known (from the event); its resource is a wildcard'],
    ]);
  });

  test('not an unknown part no resource is read from', () => {
    const result = neededPermissions(
      [
        call('scheduler', 'CreateSchedule', {
          Name: { $template: ['renew-', unknown('from the event', 3)] },
          ScheduleExpression: 'rate(1 day)',
          FlexibleTimeWindow: { Mode: 'OFF' },
          Target: { Arn: 'arn:aws:sqs:us-east-1:123456789012:q', RoleArn: 'arn:aws:iam::123456789012:role/r', Input: unknown('JSON of a value that is not fully known', 4) },
        }),
      ],
      context,
    );
    expect(result.findings.map((f) => [f.at?.line, f.message])).toEqual([
      [3, 'scheduler CreateSchedule: Name is not known (from the event); its resource is a wildcard'],
    ]);
  });

  test('a call with credentials handed to its client needs nothing of the function\'s role, and says so', () => {
    const given: SdkCall = { ...call('s3', 'ListObjectsV2', { Bucket: 'partner' }), clientConfig: { givenCredentials: true } };
    const result = neededPermissions([given, call('sts', 'AssumeRole', { RoleArn: 'arn:aws:iam::210987654321:role/partner', RoleSessionName: 's' })], context);
    expect(result.permissions.map((p) => [p.action, p.resource])).toEqual([['sts:AssumeRole', 'arn:aws:iam::210987654321:role/partner']]);
    expect(result.findings.map((f) => [f.severity, f.code])).toEqual([['note', 'other-credentials']]);
  });
});
