import { describe, expect, it } from 'vitest';
import { BlnkError } from '../../src/blnk/errors.js';
import { UpstreamLimits, UpstreamRefused } from '../../src/blnk/gate.js';
import type { PrincipalKey, UpstreamLimitSettings } from '../../src/blnk/gate.js';
import { outcomeUnknown } from '../../src/blnk/writes.js';

/**
 * A request's gate when the request ends (issue 17, finding 5 of the hostile review): its calls
 * waiting for a slot leave the request's queue and the principal's at once, unsent, with the
 * error the transport gives a call whose signal aborted; no slot is lost, and the principal's
 * map still forgets it once idle. test/server/aborted-fan-out.test.ts shows it through HTTP.
 */
const SETTINGS: UpstreamLimitSettings = {
  maxCalls: 200,
  maxInFlight: 8,
  maxInFlightPerPrincipal: 1,
  rateConfined: 1000,
  rateOperator: 1000,
  rateWindowSeconds: 60,
};
const operator: PrincipalKey = { subject: 'svc', identityId: null };
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A send held open until `answer()`, counting how often it was called. */
function heldSend() {
  let answer!: () => void;
  const answered = new Promise<string>((resolve) => (answer = () => resolve('answered')));
  const send = {
    calls: 0,
    answer: () => answer(),
    fn: () => {
      send.calls += 1;
      return answered;
    },
  };
  return send;
}

/** Runs `n` calls through the gate; each settles to 'sent' or to what it was rejected with. */
function calls(gate: ReturnType<UpstreamLimits['gateFor']>, n: number, write = false) {
  const sent = { count: 0 };
  const outcomes = Array.from({ length: n }, () =>
    gate
      .run(write, async () => {
        sent.count += 1;
        return 'sent';
      })
      .catch((error: unknown) => error),
  );
  return { sent, outcomes: Promise.all(outcomes) };
}

describe('a request that ends drops its waiting calls', () => {
  it("a client's abort: every waiting call fails at once with the client's reason, none is sent, and the principal's live request goes next", async () => {
    const limits = new UpstreamLimits(SETTINGS);
    const holder = heldSend();
    const first = limits.gateFor(operator).run(false, holder.fn);
    await settle();
    const client = new AbortController();
    const deadGate = limits.gateFor(operator, client.signal);
    const dead = calls(deadGate, 50);
    const live = calls(limits.gateFor(operator), 1);
    await settle();
    // Eight hold a slot of the request's and wait for the principal's; 42 wait for the request's.
    expect(deadGate.slotsInUse).toEqual({ held: 8, waiting: 42 });

    const reason = new Error('socket closed');
    client.abort(reason);
    // Settled while the principal's only slot is still held: they did not wait for their turn.
    const outcomes = await dead.outcomes;
    expect(outcomes.every((o) => o === reason)).toBe(true);
    expect(dead.sent.count).toBe(0);
    // The eight dropped from the principal's queue gave their request slots back.
    expect(deadGate.slotsInUse).toEqual({ held: 0, waiting: 0 });

    holder.answer();
    expect(await first).toBe('answered');
    expect(await live.outcomes).toEqual(['sent']);
    expect(limits.principalsInFlight).toBe(0);
  });

  it('the deadline: a read fails as UPSTREAM_TIMEOUT; a write says it was not sent, and is no unknown outcome', async () => {
    const limits = new UpstreamLimits(SETTINGS);
    const holder = heldSend();
    const first = limits.gateFor(operator).run(false, holder.fn);
    await settle();
    const deadline = new AbortController();
    const gate = limits.gateFor(operator, deadline.signal);
    const read = calls(gate, 1);
    const write = calls(gate, 1, true);
    await settle();
    deadline.abort(new DOMException('The deadline passed', 'TimeoutError'));

    const [readError] = (await read.outcomes) as BlnkError[];
    expect(readError).toBeInstanceOf(BlnkError);
    expect(readError).not.toBeInstanceOf(UpstreamRefused);
    expect(readError!.code).toBe('UPSTREAM_TIMEOUT');
    const [writeError] = (await write.outcomes) as UpstreamRefused[];
    expect(writeError).toBeInstanceOf(UpstreamRefused);
    expect(writeError!.refusal).toBe('UPSTREAM_TIMEOUT');
    expect(writeError!.extensions).toEqual({ writeSent: false });
    expect(writeError!.message).toMatch(/The write was not sent: nothing was recorded$/);
    // writes.ts would otherwise answer "Blnk may have recorded the transaction" and look it up.
    expect(outcomeUnknown(writeError)).toBe(false);
    expect(read.sent.count + write.sent.count).toBe(0);

    holder.answer();
    await first;
    expect(limits.principalsInFlight).toBe(0);
  });

  it('the operation done (end without a reason): waiting calls dropped; later calls fail before they are counted or charged to the rate', async () => {
    const limits = new UpstreamLimits({ ...SETTINGS, rateOperator: 3 });
    const holder = heldSend();
    const first = limits.gateFor(operator).run(false, holder.fn);
    await settle();
    const gate = limits.gateFor(operator);
    const waiting = calls(gate, 1);
    await settle();
    gate.end();
    const [dropped] = (await waiting.outcomes) as DOMException[];
    expect(dropped).toMatchObject({ name: 'AbortError' });
    const admitted = gate.admitted;
    const later = (await calls(gate, 10).outcomes) as DOMException[];
    expect(later.every((e) => e instanceof DOMException && e.name === 'AbortError')).toBe(true);
    expect(gate.admitted).toBe(admitted);

    holder.answer();
    await first;
    // Two of the three points were spent (the holder's call and the dropped one), none after the end.
    expect(await calls(limits.gateFor(operator), 1).outcomes).toEqual(['sent']);
    expect(((await calls(limits.gateFor(operator), 1).outcomes) as UpstreamRefused[])[0]!.refusal).toBe('RATE_LIMITED');
  });

  it('a signal already aborted when the gate is made: nothing is counted or sent', async () => {
    const limits = new UpstreamLimits(SETTINGS);
    const reason = new Error('gone before it began');
    const gate = limits.gateFor(operator, AbortSignal.abort(reason));
    const run = calls(gate, 3);
    expect(await run.outcomes).toEqual([reason, reason, reason]);
    expect([gate.admitted, run.sent.count, limits.principalsInFlight]).toEqual([0, 0, 0]);
  });

  it("a call handed the principal's slot just as its request ended gives both slots back unsent", async () => {
    let onHanded: (() => void) | undefined;
    // Ends the request between the hand-over and the call's own continuation: it is no longer
    // queued, so `cancel` cannot reach it.
    class Racing extends UpstreamLimits {
      override async acquire(key: string, owner: object) {
        const release = await super.acquire(key, owner);
        onHanded?.();
        return release;
      }
    }
    const limits = new Racing({ ...SETTINGS, maxInFlight: 1 });
    const holder = heldSend();
    const first = limits.gateFor(operator).run(false, holder.fn);
    await settle();
    const client = new AbortController();
    const gate = limits.gateFor(operator, client.signal);
    const racing = calls(gate, 2);
    await settle();
    const reason = new Error('socket closed');
    onHanded = () => client.abort(reason);
    holder.answer();
    await first;
    expect(await racing.outcomes).toEqual([reason, reason]);
    expect(racing.sent.count).toBe(0);
    expect(gate.slotsInUse).toEqual({ held: 0, waiting: 0 });
    expect(limits.principalsInFlight).toBe(0);

    // The principal's share and a request's are whole again.
    onHanded = undefined;
    const next = limits.gateFor(operator);
    expect(await calls(next, 3).outcomes).toEqual(['sent', 'sent', 'sent']);
    expect(limits.principalsInFlight).toBe(0);
  });

  it("the principal's map keeps a principal while its slot is held after its waiters were dropped, and forgets it once idle", async () => {
    const limits = new UpstreamLimits(SETTINGS);
    const holder = heldSend();
    const first = limits.gateFor(operator).run(false, holder.fn);
    const client = new AbortController();
    const dropped = calls(limits.gateFor(operator, client.signal), 5);
    await settle();
    client.abort(new Error('gone'));
    await dropped.outcomes;
    expect(limits.principalsInFlight).toBe(1);
    holder.answer();
    await first;
    expect(limits.principalsInFlight).toBe(0);
  });
});
