import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from 'pino';
import type { Harness } from '../helpers/gateway.js';

/** A GraphQL answer, loosely typed: these tests read codes, messages and a few fields. */
export interface Answer {
  status: number;
  /** Answers of ad-hoc documents, read field by field. */
  data?: any;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  text: string;
}

/** Runs a document (plain text, no codegen) through the harness's gateway over its HTTP handling. */
export function gqlOn(h: Harness) {
  return async (query: string, variables: Record<string, unknown> = {}): Promise<Answer> => {
    const res = await h.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    return { status: res.status, text, ...JSON.parse(text) };
  };
}

/** A pino logger whose every line is kept, to check what never appears in the logs. */
export function capturedLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = pino(
    { level: 'trace' },
    new Writable({
      write: (chunk, _encoding, done) => {
        lines.push(String(chunk));
        done();
      },
    }),
  );
  return { logger, lines };
}

/** A clock shared by the sandbox's token endpoint and the gateway's token source: time moves only when a test says. */
export function testClock(): { now: () => number; advance: (ms: number) => void } {
  let t = Date.now();
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
  };
}
