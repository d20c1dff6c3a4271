import type { Json } from './json.js';

/**
 * The subset of Blnk's error catalogue (internal/apierror/codes.go) the sandbox can raise, with
 * the one HTTP status each code maps to (docs/blnk-contract.md section 8.2).
 */
const STATUS_BY_CODE = {
  GEN_MALFORMED_REQUEST: 400,
  GEN_VALIDATION_ERROR: 400,
  GEN_BAD_REQUEST: 400,
  GEN_NOT_FOUND: 404,
  GEN_CONFLICT: 409,
  GEN_INTERNAL: 500,
  AUTH_MISSING_API_KEY: 401,
  AUTH_INVALID_API_KEY: 401,
  TXN_NOT_FOUND: 404,
  TXN_INSUFFICIENT_FUNDS: 400,
  TXN_INVALID_AMOUNT: 400,
  TXN_PRECISION_NOT_INTEGER: 400,
  TXN_INVALID_DISTRIBUTION: 400,
  TXN_DUPLICATE_REFERENCE: 409,
  TXN_NOT_INFLIGHT: 400,
  TXN_ALREADY_COMMITTED: 409,
  TXN_ALREADY_VOIDED: 409,
  TXN_COMMIT_AMOUNT_EXCEEDED: 400,
  TXN_INVALID_STATUS_ACTION: 400,
  TXN_BULK_EMPTY: 400,
  TXN_BULK_LIMIT_EXCEEDED: 400,
  TXN_VALIDATION_ERROR: 400,
  BAL_NOT_FOUND: 404,
  BAL_INVALID_TIMESTAMP: 400,
  BAL_VALIDATION_ERROR: 400,
  BAL_MONITOR_NOT_FOUND: 404,
  LGR_NOT_FOUND: 404,
  IDT_NOT_FOUND: 404,
  IDT_VALIDATION_ERROR: 400,
  META_ENTITY_NOT_FOUND: 404,
  META_UNSUPPORTED_ENTITY: 400,
} as const;

export type ErrorCode = keyof typeof STATUS_BY_CODE;

export interface ApiErrorOptions {
  /** `error_detail.details`; omitted when undefined (Go's omitempty). */
  details?: Json;
  /**
   * The legacy top-level key. Blnk writes `errors` for validation failures of create balance,
   * ledger, monitor and transaction, and for query-filter parse errors; `error` elsewhere.
   */
  legacyKey?: 'error' | 'errors';
  /** The legacy value when it is not the message (query-filter errors carry an array). */
  legacyValue?: Json;
  /** Extra top-level keys, such as `batch_id` on a failed bulk request. */
  extra?: Record<string, Json>;
}

export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: ApiErrorOptions = {},
  ) {
    super(message);
    this.status = STATUS_BY_CODE[code];
  }

  /** The 0.15 envelope: `{error, error_detail: {code, message, details?}}`. */
  body(): Record<string, Json> {
    const detail: Record<string, Json> = { code: this.code, message: this.message };
    if (this.options.details !== undefined) detail.details = this.options.details;
    return {
      [this.options.legacyKey ?? 'error']: this.options.legacyValue ?? this.message,
      ...this.options.extra,
      error_detail: detail,
    };
  }
}

/** A not-found as the database layer reports it: `details` is `{}` (a marshalled sql.ErrNoRows). */
export function notFound(code: ErrorCode, message: string): ApiError {
  return new ApiError(code, message, { details: {} });
}

/** ozzo-validation's message: `field: reason; field: reason.`, keys sorted. */
export function validationError(
  code: ErrorCode,
  problems: Record<string, string>,
  legacyKey: 'error' | 'errors' = 'errors',
): ApiError {
  const text = Object.keys(problems)
    .sort()
    .map((key) => `${key}: ${problems[key]}`)
    .join('; ');
  return new ApiError(code, `${text}.`, { legacyKey });
}
