import type { CallContext } from '../../../src/model.js';

/** The call context every parser table test uses. */
export const testContext: CallContext = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
