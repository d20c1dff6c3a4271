import { describe, expect, it } from 'vitest';
import { Semaphore } from '../../src/blnk/semaphore.js';

/**
 * The semaphore under the upstream gate (blnk/gate.ts): FIFO, and `cancel(owner)` drops one
 * owner's waiters at once (issue 17, finding 5 of the hostile review), without a slot lost or
 * given twice.
 */

/** Settles what has been queued on the microtask queue. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Acquires for `owner` and records, in `order`, `name` when the slot is held or `name!` when dropped. */
function take(s: Semaphore, owner: object, name: string, order: string[]): Promise<void> {
  return s.acquire(owner).then(
    () => void order.push(name),
    (reason: unknown) => void order.push(`${name}!${String((reason as Error).message)}`),
  );
}

describe('Semaphore.cancel', () => {
  it("drops the owner's waiters at once with the reason, keeps the others in order, and loses no slot", async () => {
    const s = new Semaphore(2);
    const dead = {};
    const live = {};
    const order: string[] = [];
    void take(s, live, 'h1', order);
    void take(s, dead, 'h2', order);
    // Queued, interleaved: dead d1, live a, dead d2, live b, dead d3.
    for (const [owner, name] of [
      [dead, 'd1'],
      [live, 'a'],
      [dead, 'd2'],
      [live, 'b'],
      [dead, 'd3'],
    ] as const)
      void take(s, owner, name, order);
    await settle();
    expect([s.active, s.waiting]).toEqual([2, 5]);

    expect(s.cancel(dead, new Error('gone'))).toBe(3);
    expect([s.active, s.waiting]).toEqual([2, 2]);
    await settle();
    expect(order).toEqual(['h1', 'h2', 'd1!gone', 'd2!gone', 'd3!gone']);

    // The holders' slots pass to the live waiters, first come first served.
    s.release();
    await settle();
    expect(order.slice(5)).toEqual(['a']);
    s.release();
    await settle();
    expect(order.slice(5)).toEqual(['a', 'b']);
    expect([s.active, s.waiting]).toEqual([2, 0]);
    s.release();
    s.release();
    expect([s.active, s.waiting]).toEqual([0, 0]);
    // Nothing leaked: the full limit is free again.
    await Promise.all([s.acquire(), s.acquire()]);
    expect(s.active).toBe(2);
  });

  it('an owner with nothing queued: nothing happens; holders are never cancelled', async () => {
    const s = new Semaphore(1);
    const owner = {};
    await s.acquire(owner);
    expect(s.cancel(owner, new Error('gone'))).toBe(0);
    expect(s.cancel({}, new Error('gone'))).toBe(0);
    expect([s.active, s.waiting]).toEqual([1, 0]);
    s.release();
    expect([s.active, s.waiting]).toEqual([0, 0]);
  });

  it('a waiter handed the slot before its owner is cancelled keeps it (the owner gives it back): never released twice', async () => {
    const s = new Semaphore(1);
    const owner = {};
    await s.acquire();
    const handed = s.acquire(owner);
    // The holder releases: the slot passes to the waiter, whose continuation has not run yet.
    s.release();
    expect(s.cancel(owner, new Error('gone'))).toBe(0);
    await handed;
    expect([s.active, s.waiting]).toEqual([1, 0]);
    s.release();
    expect([s.active, s.waiting]).toEqual([0, 0]);
  });
});

describe('Semaphore.isWaiting', () => {
  it('is true only for an owner with a call queued, and false once it is cancelled or handed the slot', async () => {
    const s = new Semaphore(1);
    const holder = {};
    const waiter = {};
    await s.acquire(holder);
    expect(s.isWaiting(holder)).toBe(false); // holding is not waiting
    const queued = s.acquire(waiter);
    expect(s.isWaiting(waiter)).toBe(true);
    expect(s.isWaiting({})).toBe(false);
    s.release();
    await queued;
    expect(s.isWaiting(waiter)).toBe(false);
    const again = s.acquire(waiter);
    s.cancel(waiter, new Error('gone'));
    await expect(again).rejects.toThrow('gone');
    expect(s.isWaiting(waiter)).toBe(false);
  });
});
