/**
 * Latency one request at a time, in microseconds: autocannon's histogram counts whole
 * milliseconds, too coarse for "at most 0.5 ms above direct REST". Each target gets its own
 * keep-alive connection; requests alternate between the targets so both see the same machine.
 */
import { Client } from 'undici';
import type autocannon from 'autocannon';

export interface SequentialTarget {
  url: string;
  requests: autocannon.Request[];
}

export async function sequentialP50(targets: SequentialTarget[], count: number): Promise<number[]> {
  const clients = targets.map((t) => new Client(new URL(t.url).origin, { pipelining: 1 }));
  const samples: number[][] = targets.map(() => []);
  try {
    for (let i = 0; i < count; i += 1) {
      for (const [k, target] of targets.entries()) {
        const r = target.requests[0]!;
        const started = process.hrtime.bigint();
        const res = await clients[k]!.request({
          method: (r.method ?? 'GET') as 'GET' | 'POST',
          path: r.path ?? new URL(target.url).pathname,
          headers: r.headers ?? {},
          body: typeof r.body === 'string' ? r.body : null,
        });
        await res.body.text();
        if (res.statusCode !== 200) throw new Error(`${target.url} answered ${res.statusCode}`);
        samples[k]!.push(Number(process.hrtime.bigint() - started) / 1000);
      }
    }
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
  // The first tenth is warm-up.
  return samples.map((xs) => {
    const kept = xs.slice(Math.floor(xs.length / 10)).sort((a, b) => a - b);
    return kept[kept.length >> 1]!;
  });
}
