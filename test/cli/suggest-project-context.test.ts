import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from './run-cli.js';

// The ARN context of a project's function: a flag wins, then the IaC, then $AWS_REGION.
const serverlessNotes = path.resolve(import.meta.dirname, '../../samples/serverless-notes');

function regionsIn(stdout: string): string[] {
  return [...new Set([...stdout.matchAll(/"arn:aws:(?:dynamodb|sns|sqs):([^:]*):/g)].map((match) => match[1]!))].sort();
}

describe('iamgen suggest <project> region', () => {
  it('takes the region the IaC declares when no flag gives one', () => {
    const run = runBuiltCli(['suggest', '.', '--stage', 'prod'], serverlessNotes);
    expect(run.code).toBe(0);
    expect(regionsIn(run.stdout)).toEqual(['eu-west-1']);
  });

  it('lets --region win over the IaC', () => {
    const run = runBuiltCli(['suggest', '.', '--stage', 'prod', '--region', 'ap-south-1'], serverlessNotes);
    expect(regionsIn(run.stdout)).toEqual(['ap-south-1']);
  });
});
