import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { BlnkError } from '../blnk/errors.js';
import { clientError } from '../blnk/refusals.js';
import { NotVisible } from '../domain/errors.js';
import { rootCause } from '../graphql/errors.js';
import type { ClientAborts } from './client-aborts.js';

/**
 * What the log may say of an error, and yoga's logger through ours: the codes clients get
 * (`clientCode`), an unexpected error as it may be written (`errorForLog`). The request's own
 * line is written by request-life.ts.
 */

/**
 * The code the client gets for an error, as graphql/errors.ts's maskError decides it: a Blnk
 * failure's mapped code, a GraphQLError's own, INTERNAL_SERVER_ERROR for anything else, and
 * UNCODED for a GraphQLError sent without one.
 */
export function clientCode(error: unknown): string {
  const cause = rootCause(error);
  if (cause instanceof NotVisible) return 'NOT_FOUND';
  if (cause instanceof BlnkError) return clientError(cause).code;
  const own = error instanceof GraphQLError ? error.extensions?.code : undefined;
  if (typeof own === 'string') return own;
  if (cause instanceof GraphQLError) return typeof cause.extensions?.code === 'string' ? cause.extensions.code : 'UNCODED';
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * An unexpected error as it may be logged: its type, the frames it was thrown from, and its
 * message with quoted text and id-like tokens (anything holding a digit, or long) withheld,
 * since a message can echo what the caller sent. Bounded in size.
 */
export function errorForLog(error: unknown): { type: string; message: string; stack?: string } {
  const cause = rootCause(error);
  if (!(cause instanceof Error)) return { type: typeof cause, message: '' };
  const message = cause.message
    .replace(/(["'`])[^"'`]*\1/g, '$1…$1')
    .replace(/[^\s"'`(),;:=]*(?:\d|[^\s"'`(),;:=]{25})[^\s"'`(),;:=]*/g, '…')
    .slice(0, 200);
  const frames = (cause.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12);
  return { type: cause.name || cause.constructor.name, message, ...(frames.length > 0 ? { stack: frames.join('\n') } : {}) };
}

/**
 * yoga's logger, through ours. yoga hands it every error its mask replaced: one the client got
 * a code for is not logged here (the operation line carries the code), an unexpected one is
 * logged at error through errorForLog. yoga's own messages are fixed texts, kept short.
 */
export function yogaLogger(logger: Logger, aborts?: ClientAborts) {
  const text = (args: unknown[]) =>
    args
      .filter((a) => typeof a === 'string')
      .join(' ')
      .slice(0, 200);
  const log =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const errors = args.filter((a) => typeof a === 'object' && a !== null);
      for (const error of errors) {
        // What a client's own abort broke is told by its operation line (client_aborted).
        if (aborts?.caused(error)) continue;
        if (clientCode(error) === 'INTERNAL_SERVER_ERROR') logger.error({ error: errorForLog(error) }, 'unexpected error');
      }
      if (errors.length === 0) logger[level](text(args));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
