import type { ParsedValue, ValueParser } from './value-parser.js';
import { splitArn } from './arn-parts.js';

// A cross-region inference profile id is a geography prefix plus a foundation model id. Invoking it
// needs the profile in the caller's region and the model in every region the profile routes to.
// https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-prereq.html
const profilePrefix = /^(us|eu|apac|global|us-gov|jp|au|ca)\.(.+)$/;

function foundationModelInAnyRegion(partition: string, modelId: string): ParsedValue {
  return { arn: `arn:${partition}:bedrock:*::foundation-model/${modelId}`, vars: { ResourceId: modelId } };
}

/** Model id | inference profile id | ARN -> the model or profile ARNs the call is authorized on. */
export const parseBedrockModelId: ValueParser = (value, context) => {
  if (value === undefined) return [];
  const { partition, region, account } = context;
  const arn = splitArn(value);
  if (arn) {
    const profile = /^inference-profile\/(.+)$/.exec(arn.resource)?.[1];
    const modelId = profile === undefined ? undefined : profilePrefix.exec(profile)?.[2];
    const itself: ParsedValue = { arn: value, vars: { ResourceId: arn.resource.split('/').pop() ?? '*' } };
    return modelId === undefined ? [itself] : [itself, foundationModelInAnyRegion(arn.partition, modelId)];
  }
  if (value === '' || value.startsWith('*')) {
    // The kind of resource is unknown too (model, profile, provisioned model...).
    return [{ arn: `arn:${partition}:bedrock:*:*:*/${value === '' ? '*' : value}`, vars: { ResourceId: '*' } }];
  }
  const profile = profilePrefix.exec(value);
  if (profile) {
    const profileArn = `arn:${partition}:bedrock:${region}:${account}:inference-profile/${value}`;
    return [{ arn: profileArn, vars: { ResourceId: value } }, foundationModelInAnyRegion(partition, profile[2] ?? '*')];
  }
  return [{ arn: `arn:${partition}:bedrock:${region}::foundation-model/${value}`, vars: { ResourceId: value } }];
};
