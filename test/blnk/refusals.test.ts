import { describe, expect, it } from 'vitest';
import { BlnkError } from '../../src/blnk/errors.js';
import { clientError, mutationError } from '../../src/blnk/refusals.js';
import {
  AlreadyCommittedError,
  ConflictError,
  DuplicateReferenceError,
  InsufficientFundsError,
  NotFoundError,
  ValidationError,
} from '../../src/domain/errors.js';

/**
 * The refusal table (blnk/refusals.ts) on its own: Blnk's status, code and words in, the gateway's
 * error out. Each case is one of Blnk v0.15.2's answers as docs/blnk-contract.md records it; the
 * expected messages are the gateway's own wording, written out here by hand.
 */
const refused = (status: number, code: string, message: string) => new BlnkError(status, code, message);

describe('clientError: a Blnk failure as a top-level error', () => {
  it('names the missing entity by the code prefix, monitors included', () => {
    expect(clientError(refused(404, 'BAL_NOT_FOUND', 'balance with ID bln_x not found'))).toEqual({
      message: 'Balance not found',
      code: 'NOT_FOUND',
    });
    expect(clientError(refused(404, 'BAL_MONITOR_NOT_FOUND', 'monitor not found'))).toEqual({
      message: 'Balance monitor not found',
      code: 'NOT_FOUND',
    });
    expect(clientError(refused(404, 'GEN_NOT_FOUND', 'no route'))).toEqual({ message: 'Not found', code: 'NOT_FOUND' });
  });

  it('tells tokenization disabled (403 IDT_TOKENIZATION_DISABLED) from refused credentials', () => {
    const answer = clientError(
      refused(
        403,
        'IDT_TOKENIZATION_DISABLED',
        'tokenization is disabled: BLNK_TOKENIZATION_SECRET or tokenization_secret in your blnk.json file must be set to a 32-byte value',
      ),
    );
    expect(answer).toEqual({
      message: 'The ledger has tokenization disabled (Blnk needs BLNK_TOKENIZATION_SECRET of exactly 32 bytes)',
      code: 'UPSTREAM_ERROR',
    });
  });

  it("says the gateway's credentials were refused, never Blnk's words", () => {
    for (const status of [401, 403]) {
      const answer = clientError(refused(status, 'GEN_UNAUTHORIZED', 'invalid key sk_live_secret'));
      expect(answer).toEqual({ message: "The ledger refused the gateway's credentials", code: 'UPSTREAM_UNAUTHORIZED' });
      expect(answer.message).not.toContain('sk_live');
    }
  });

  it('keeps the transport codes and sums up anything else as UPSTREAM_ERROR', () => {
    expect(clientError(refused(0, 'UPSTREAM_TIMEOUT', 'x')).code).toBe('UPSTREAM_TIMEOUT');
    expect(clientError(refused(0, 'UPSTREAM_UNAVAILABLE', 'x')).code).toBe('UPSTREAM_UNAVAILABLE');
    expect(clientError(refused(500, 'GEN_INTERNAL', 'pq: relation does not exist'))).toEqual({
      message: 'The ledger sent an unexpected answer',
      code: 'UPSTREAM_ERROR',
    });
  });
});

describe('mutationError: a refused write as the typed error its union lists', () => {
  it('maps the money codes one to one', () => {
    expect(mutationError(refused(400, 'TXN_INSUFFICIENT_FUNDS', 'insufficient funds'))).toBeInstanceOf(InsufficientFundsError);
    expect(mutationError(refused(400, 'TXN_ALREADY_COMMITTED', 'x'))).toBeInstanceOf(AlreadyCommittedError);
    const duplicate = mutationError(refused(409, 'TXN_DUPLICATE_REFERENCE', 'reference ref-1 exists'), { reference: 'ref-1' });
    expect(duplicate).toBeInstanceOf(DuplicateReferenceError);
    expect((duplicate as DuplicateReferenceError).reference).toBe('ref-1');
    for (const code of ['GEN_CONFLICT', 'LGR_DUPLICATE', 'GEN_RESOURCE_LOCKED']) {
      expect(mutationError(refused(409, code, 'x'))).toBeInstanceOf(ConflictError);
    }
  });

  it('names what was not found from the code, else from the id the write named', () => {
    expect(mutationError(refused(404, 'TXN_NOT_FOUND', 'x'))).toEqual(new NotFoundError('Transaction'));
    expect((mutationError(refused(404, 'META_ENTITY_NOT_FOUND', 'x'), { id: 'idt_1' }) as NotFoundError).entity).toBe('Identity');
    expect((mutationError(refused(404, 'GEN_NOT_FOUND', 'x'), { id: 'bulk_1' }) as NotFoundError).entity).toBe('Transaction');
  });

  it('reads "Invalid ledger ID" and its kin as the missing owner, not bad input', () => {
    expect((mutationError(refused(400, 'GEN_BAD_REQUEST', 'Invalid ledger ID')) as NotFoundError).entity).toBe('Ledger');
    expect((mutationError(refused(400, 'GEN_BAD_REQUEST', 'Invalid balance ID')) as NotFoundError).entity).toBe('Balance');
  });

  it("turns each field of an ozzo message into a problem in the schema's names, without Blnk's wording", () => {
    const error = mutationError(
      refused(
        400,
        'TXN_VALIDATION_ERROR',
        'currency: cannot be blank; precise_amount: must be greater than 0; meta_data.note: the length must be between 1 and 5.',
      ),
    ) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.problems).toEqual([
      { path: ['currency'], message: 'currency is required and cannot be blank' },
      { path: ['preciseAmount'], message: 'preciseAmount must be greater than zero' },
      { path: ['metaData', 'note'], message: 'metaData.note has a length Blnk does not accept' },
    ]);
    expect(error.message).toBe('Blnk refused 3 values: currency, preciseAmount, metaData.note');
    expect(error.field).toBe('currency');
  });

  it("answers a code's own message where Blnk's code says it all", () => {
    const error = mutationError(refused(400, 'TXN_COMMIT_AMOUNT_EXCEEDED', 'commit amount exceeds')) as ValidationError;
    expect(error.message).toBe('The amount is more than what remains of the hold');
    expect(error.problems).toEqual([{ path: ['amount'], message: 'The amount is more than what remains of the hold' }]);
  });

  it('passes on what is not a refusal: transport failures and non-Blnk errors', () => {
    const timeout = refused(0, 'UPSTREAM_TIMEOUT', 'x');
    expect(mutationError(timeout)).toBe(timeout);
    const plain = new Error('boom');
    expect(mutationError(plain)).toBe(plain);
  });
});
