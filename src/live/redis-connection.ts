import { Redis } from 'ioredis';
import type { RedisOptions } from 'ioredis';

/**
 * One ioredis connection of the gateway's. ioredis reconnects by itself and, without an `error`
 * listener, prints every failed attempt (one every 2 s while Redis is away): the owner hears
 * the first error of each outage instead (and logs it without the error's text, which can name
 * the URL and its password).
 */
export function connectRedis(url: string, onError: ((error: unknown) => void) | undefined, options: RedisOptions = {}): Redis {
  const redis = new Redis(url, options);
  let failing = false;
  redis.on('error', (error: unknown) => {
    if (failing) return;
    failing = true;
    onError?.(error);
  });
  redis.on('ready', () => {
    failing = false;
  });
  return redis;
}

/** A polite QUIT, bounded: with Redis away it would wait for a reconnection that may never come. */
export async function closeRedis(redis: Redis, waitMs = 1_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    redis.quit().catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, waitMs);
    }),
  ]);
  clearTimeout(timer);
  redis.disconnect();
}
