import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { UpstreamLimits } from '../../src/blnk/gate.js';
import type { UpstreamGate } from '../../src/blnk/gate.js';
import { upstreamGatePlugin } from '../../src/server/upstream-gate.js';

/**
 * The plugin that ends a request's gate when its operation is done. graphql-js answers a query
 * whose non-null root field failed with `data: null` at once, while its other fields may still
 * wait for a slot: those calls must leave the queue then, not be sent later for no one.
 */
const limits = new UpstreamLimits({
  maxCalls: 200,
  maxInFlight: 8,
  maxInFlightPerPrincipal: 1,
  rateConfined: 1000,
  rateOperator: 1000,
  rateWindowSeconds: 60,
});
const principal = { subject: 'svc', identityId: null };

describe('upstreamGatePlugin', () => {
  it('drops the calls still waiting when the operation is answered, so they are never sent', async () => {
    // Another request of the principal holds its only slot for the whole test.
    let answerHolder!: () => void;
    const holder = limits.gateFor(principal).run(false, () => new Promise<void>((resolve) => (answerHolder = resolve)));
    let sent = 0;
    let dropped: unknown;
    let gate!: UpstreamGate;
    const yoga = createYoga<{ gate: UpstreamGate }>({
      schema: createSchema<{ gate: UpstreamGate }>({
        typeDefs: 'type Query { failing: Int!, waiting: Int }',
        resolvers: {
          Query: {
            failing: async () => {
              throw new Error('a non-null field failed');
            },
            waiting: (_root, _args, ctx) =>
              ctx.gate
                .run(false, async () => {
                  sent += 1;
                  return 1;
                })
                .catch((error: unknown) => {
                  dropped = error;
                  throw error;
                }),
          },
        },
      }),
      context: () => {
        gate = limits.gateFor(principal);
        return { gate };
      },
      plugins: [upstreamGatePlugin()],
      logging: false,
      maskedErrors: false,
    });

    const res = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ failing waiting }' }),
    });
    expect((await res.json()).data).toBeNull();
    // Answered while `waiting` still waited behind the holder; the plugin ended its gate.
    expect(gate.hasEnded).toBe(true);
    expect(dropped).toMatchObject({ name: 'AbortError' });
    expect(gate.slotsInUse).toEqual({ held: 0, waiting: 0 });

    answerHolder();
    await holder;
    expect(sent).toBe(0);
    expect(limits.principalsInFlight).toBe(0);
  });
});
