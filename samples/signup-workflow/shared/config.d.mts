export declare const STAGE: string;
export declare const USER_POOL_ID: string;
export declare const USER_POOL_CLIENT_ID: string;
export declare const SIGNUP_STATE_MACHINE_ARN: string;
export declare const TABLES: Readonly<{ users: string; usernames: string }>;
export declare const DEFAULT_GROUP: string;
