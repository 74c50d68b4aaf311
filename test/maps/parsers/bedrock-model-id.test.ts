import { describe, expect, it } from 'vitest';
import { parseBedrockModelId } from '../../../src/maps/parsers/bedrock-model-id.js';
import type { ParsedValue } from '../../../src/maps/parsers/value-parser.js';
import { testContext } from './context.js';

const claude = 'anthropic.claude-3-haiku-20240307-v1:0';
const model = (arn: string, ResourceId: string): ParsedValue => ({ arn, vars: { ResourceId } });
const appProfileArn = 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3';

const cases: Array<[string | undefined, ParsedValue[]]> = [
  [claude, [model(`arn:aws:bedrock:us-east-1::foundation-model/${claude}`, claude)]],
  [
    `us.${claude}`,
    [
      model(`arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.${claude}`, `us.${claude}`),
      model(`arn:aws:bedrock:*::foundation-model/${claude}`, claude),
    ],
  ],
  [
    `global.${claude}`,
    [
      model(`arn:aws:bedrock:us-east-1:123456789012:inference-profile/global.${claude}`, `global.${claude}`),
      model(`arn:aws:bedrock:*::foundation-model/${claude}`, claude),
    ],
  ],
  [
    `arn:aws:bedrock:eu-west-1:111122223333:inference-profile/eu.${claude}`,
    [
      model(`arn:aws:bedrock:eu-west-1:111122223333:inference-profile/eu.${claude}`, `eu.${claude}`),
      model(`arn:aws:bedrock:*::foundation-model/${claude}`, claude),
    ],
  ],
  [appProfileArn, [model(appProfileArn, 'a1b2c3')]],
  [`arn:aws:bedrock:us-west-2::foundation-model/${claude}`, [model(`arn:aws:bedrock:us-west-2::foundation-model/${claude}`, claude)]],
  ['anthropic.*', [model('arn:aws:bedrock:us-east-1::foundation-model/anthropic.*', 'anthropic.*')]],
  ['*', [model('arn:aws:bedrock:*:*:*/*', '*')]],
  ['*-v1:0', [model('arn:aws:bedrock:*:*:*/*-v1:0', '*')]],
  ['', [model('arn:aws:bedrock:*:*:*/*', '*')]],
  [undefined, []],
];

describe('bedrock-model-id', () => {
  it.each(cases)('%j', (value, expected) => {
    expect(parseBedrockModelId(value, testContext)).toEqual(expected);
  });
});
