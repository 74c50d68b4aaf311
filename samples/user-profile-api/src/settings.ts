import { getParameter, getParameters } from '@aws-lambda-powertools/parameters/ssm';
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { CDN_SIGNING_SECRET, PARAMETER_ROOT } from './config.js';

export interface FeatureFlags {
  avatarUploads: boolean;
  pronounsField: boolean;
}

export async function featureFlags(): Promise<FeatureFlags> {
  const flags = await getParameter<FeatureFlags>(`${PARAMETER_ROOT}/feature-flags`, {
    transform: 'json',
    maxAge: 300,
  });
  return flags ?? { avatarUploads: false, pronounsField: false };
}

/** Every parameter under /profile-api/<stage>/limits, e.g. `.../limits/bio-length`. */
export async function limits(): Promise<Record<string, number>> {
  const values = (await getParameters(`${PARAMETER_ROOT}/limits`, { maxAge: 300 })) ?? {};
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)]));
}

export async function cdnSigningKey(): Promise<string> {
  return (await getSecret<string>(CDN_SIGNING_SECRET, { maxAge: 3600 })) ?? '';
}
