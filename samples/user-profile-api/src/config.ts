export const STAGE = process.env.STAGE ?? 'dev';
export const PARAMETER_ROOT = `/profile-api/${STAGE}`;
export const PROFILES_TABLE = process.env.PROFILES_TABLE!;
export const IDEMPOTENCY_TABLE = process.env.IDEMPOTENCY_TABLE!;
export const CDN_SIGNING_SECRET = 'profile-api/avatar-cdn-signing-key';
/** GDPR: audit records of EU users stay in Frankfurt. */
export const AUDIT = { region: 'eu-central-1', table: 'profile-audit' } as const;
