import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');

export async function publishChanges(changes: Array<{ sku: string; onHand: number }>): Promise<void> {
  const pipeline = redis.pipeline();
  for (const c of changes) pipeline.publish('stock-changed', JSON.stringify(c));
  await pipeline.exec();
  await redis.publish('stock-sync', JSON.stringify({ changed: changes.length, at: Date.now() }));
}
