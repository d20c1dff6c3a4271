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
  IDT_FIELD_NOT_TOKENIZABLE: 400,
  IDT_FIELD_ALREADY_TOKENIZED: 409,
  IDT_FIELD_NOT_TOKENIZED: 400,
  META_ENTITY_NOT_FOUND: 404,
  META_UNSUPPORTED_ENTITY: 400,
  META_INVALID_ENTITY_ID: 400,
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

  /**
   * The 0.15 envelope: `{error, error_detail: {code, message, details?}}`. Blnk writes it from a
   * gin.H (a Go map), so its keys come out sorted: `batch_id, error, error_detail`, and
   * `error_detail` before the legacy `errors`.
   */
  body(): Record<string, Json> {
    const detail: Record<string, Json> = { code: this.code, message: this.message };
    if (this.options.details !== undefined) detail.details = this.options.details;
    const out: Record<string, Json> = {
      [this.options.legacyKey ?? 'error']: this.options.legacyValue ?? this.message,
      ...this.options.extra,
      error_detail: detail,
    };
    return Object.fromEntries(
      Object.keys(out)
        .sort()
        .map((k) => [k, out[k]!]),
    );
  }
}

/** A not-found as the database layer reports it: `details` is `{}` (a marshalled sql.ErrNoRows). */
export function notFound(code: ErrorCode, message: string): ApiError {
  return new ApiError(code, message, { details: {} });
}

/** ozzo-validation's message: `field: reason; field: reason.`, keys sorted. */
export function validationError(code: ErrorCode, problems: Record<string, string>, legacyKey: 'error' | 'errors' = 'errors'): ApiError {
  const text = Object.keys(problems)
    .sort()
    .map((key) => `${key}: ${problems[key]}`)
    .join('; ');
  return new ApiError(code, `${text}.`, { legacyKey });
}

/**
 * A PostgreSQL error as Blnk marshals a pgconn.PgError into `error_detail.details`: every field,
 * empty ones as "". `where` names the statement parameter, which depends on the query.
 */
export function pgError(fields: {
  code: string;
  message: string;
  detail?: string;
  where?: string;
  schema?: string;
  table?: string;
  constraint?: string;
  file: string;
  line: string;
  routine: string;
}): Json {
  return {
    Severity: 'ERROR',
    Code: fields.code,
    Message: fields.message,
    Detail: fields.detail ?? '',
    Hint: '',
    Position: '',
    InternalPosition: '',
    InternalQuery: '',
    Where: fields.where ?? '',
    Schema: fields.schema ?? '',
    Table: fields.table ?? '',
    Column: '',
    DataTypeName: '',
    Constraint: fields.constraint ?? '',
    File: fields.file,
    Line: fields.line,
    Routine: fields.routine,
  };
}

/** A foreign key violation (23503) on `table.column` referencing `target`. */
export function foreignKeyViolation(table: string, column: string, value: string, target: string): Json {
  return pgError({
    code: '23503',
    message: `insert or update on table "${table}" violates foreign key constraint "${table}_${column}_fkey"`,
    detail: `Key (${column})=(${value}) is not present in table "${target}".`,
    schema: 'blnk',
    table,
    constraint: `${table}_${column}_fkey`,
    file: 'ri_triggers.c',
    line: '2650',
    routine: 'ri_ReportViolation',
  });
}

/** True when a value holds U+0000 anywhere (a string, or a string inside an object or list). */
export function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => k.includes('\u0000') || holdsNul(v));
  return false;
}

/**
 * PostgreSQL refuses U+0000 in text ("invalid byte sequence for encoding UTF8: 0x00"), and Blnk
 * answers 500 with the message of the failing call and the error as details.
 */
export function nulRefused(message: string, parameter = 1): ApiError {
  return new ApiError('GEN_INTERNAL', message, {
    details: pgError({
      code: '22021',
      message: 'invalid byte sequence for encoding "UTF8": 0x00',
      where: `unnamed portal parameter $${parameter}`,
      file: 'mbutils.c',
      line: '1798',
      routine: 'report_invalid_encoding_int',
    }),
  });
}

/**
 * U+0000 inside a JSONB value: PostgreSQL refuses the escape while parsing the JSON text, and
 * names the text up to it.
 */
export function nulInJsonRefused(message: string, jsonText: string, parameter = 1): ApiError {
  const at = jsonText.indexOf('\\u0000');
  return new ApiError('GEN_INTERNAL', message, {
    details: pgError({
      code: '22P05',
      message: 'unsupported Unicode escape sequence',
      detail: '\\u0000 cannot be converted to text.',
      where: `JSON data, line 1: ${jsonText.slice(0, at + 6)}...\nunnamed portal parameter $${parameter} = '...'`,
      file: 'jsonfuncs.c',
      line: '621',
      routine: 'json_ereport_error',
    }),
  });
}

/** An insert's parameter: a text value, or a JSONB value as the JSON text Blnk sends. */
export type InsertParam = string | { json: string } | null | undefined;

/**
 * PostgreSQL encodes an insert's parameters in order before running it, so the first parameter
 * holding U+0000 fails the statement (before any constraint): 22021 for text, 22P05 for JSON.
 */
export function nulInParams(message: string, params: InsertParam[]): ApiError | null {
  for (const [i, p] of params.entries()) {
    if (p === null || p === undefined) continue;
    if (typeof p === 'string') {
      if (p.includes('\u0000')) return nulRefused(message, i + 1);
    } else if (p.json.includes('\\u0000')) return nulInJsonRefused(message, p.json, i + 1);
  }
  return null;
}
