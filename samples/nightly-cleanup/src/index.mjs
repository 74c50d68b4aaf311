import { reportCounts, whoAmI } from './metrics.mjs';
import { purgeExpiredSessions } from './sessions.mjs';
import { purgeTmpUploads } from './uploads.mjs';

export const handler = async () => {
  const identity = await whoAmI();
  const [expiredSessions, staleUploads] = await Promise.all([purgeExpiredSessions(), purgeTmpUploads()]);

  await reportCounts({ ExpiredSessionsDeleted: expiredSessions, StaleUploadsDeleted: staleUploads });
  console.log(JSON.stringify({ msg: 'cleanup done', ...identity, expiredSessions, staleUploads }));
  return { expiredSessions, staleUploads };
};
