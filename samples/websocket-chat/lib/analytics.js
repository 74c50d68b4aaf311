'use strict';

const Redis = require('ioredis');

let redis;

function channel() {
  if (!redis) redis = new Redis(process.env.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1 });
  return redis;
}

/** Mirrors a chat message to the analytics stream consumer (fire and forget). */
async function publish(roomId, message) {
  try {
    await channel().publish(`chat:${roomId}`, JSON.stringify(message));
  } catch (err) {
    console.warn('analytics publish failed', err.message);
  }
}

module.exports = { publish };
