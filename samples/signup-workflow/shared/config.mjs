export const STAGE = process.env.STAGE ?? 'dev';
export const USER_POOL_ID = process.env.USER_POOL_ID;
export const USER_POOL_CLIENT_ID = process.env.USER_POOL_CLIENT_ID;
export const SIGNUP_STATE_MACHINE_ARN = process.env.SIGNUP_STATE_MACHINE_ARN;
export const TABLES = Object.freeze({ users: `users-${STAGE}`, usernames: `usernames-${STAGE}` });
export const DEFAULT_GROUP = 'members';
