import { ApiError } from '../errors.js';
import type { ErrorCode } from '../errors.js';
import { isObject } from '../json.js';
import type { Json } from '../json.js';
import type { MetaData } from '../store.js';

/**
 * Go's encoding/json binding, for the types the sandbox's request structs use: a value of the
 * wrong JSON type fails the whole bind, which Blnk answers with a 400.
 */
export class Binder {
  constructor(
    readonly body: Record<string, Json>,
    private readonly struct: string,
    private readonly code: ErrorCode = 'GEN_MALFORMED_REQUEST',
    /** Create transaction answers every bind failure with just "Invalid input". */
    private readonly fixedMessage?: string,
  ) {}

  static of(body: Json, struct: string, code?: ErrorCode, fixedMessage?: string): Binder {
    if (!isObject(body)) {
      throw new ApiError(
        code ?? 'GEN_MALFORMED_REQUEST',
        fixedMessage ?? `json: cannot unmarshal ${jsonType(body)} into Go value of type ${struct}`,
      );
    }
    return new Binder(body, struct, code, fixedMessage);
  }

  has(key: string): boolean {
    return this.body[key] !== undefined && this.body[key] !== null;
  }

  string(key: string): string {
    const v = this.body[key];
    if (v === undefined || v === null) return '';
    if (typeof v !== 'string') throw this.fail(key, v, 'string');
    return v;
  }

  bool(key: string): boolean {
    const v = this.body[key];
    if (v === undefined || v === null) return false;
    if (typeof v !== 'boolean') throw this.fail(key, v, 'bool');
    return v;
  }

  /** A *big.Int: only a bare JSON integer binds; a quoted "123" does not. */
  bigint(key: string): bigint | undefined {
    const v = this.body[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'bigint') throw this.fail(key, v, '*big.Int');
    return v;
  }

  /** A float64: any JSON number. */
  float(key: string): number | bigint | undefined {
    const v = this.body[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' && typeof v !== 'bigint') throw this.fail(key, v, 'float64');
    return v;
  }

  /**
   * A map[string]interface{}: Go decodes every JSON number in it into a float64, so an integer
   * beyond 2^53 is rounded to the nearest float (and written back, from 10^21 on, as 1e+21).
   */
  meta(key = 'meta_data'): MetaData {
    const v = this.body[key];
    if (v === undefined || v === null) return null;
    if (!isObject(v)) throw this.fail(key, v, 'map[string]interface {}');
    return asFloats(v) as { [key: string]: Json };
  }

  object(key: string): Binder | undefined {
    const v = this.body[key];
    if (v === undefined || v === null) return undefined;
    if (!isObject(v)) throw this.fail(key, v, 'struct');
    return new Binder(v, `${this.struct}.${key}`, this.code, this.fixedMessage);
  }

  array(key: string): Json[] | undefined {
    const v = this.body[key];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) throw this.fail(key, v, 'slice');
    return v;
  }

  private fail(key: string, value: Json, goType: string): ApiError {
    return new ApiError(
      this.code,
      this.fixedMessage ??
        // Go names the struct type without its package here (the Go value message keeps it).
        `json: cannot unmarshal ${jsonType(value)} into Go struct field ${this.struct.replace(/^\w+\./, '')}.${key} of type ${goType}`,
    );
  }
}

function jsonType(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'bigint' || typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'bool';
  return typeof value;
}

/** A generic Go value: every number a float64 (which a JS number is, rounding included). */
function asFloats(value: Json): Json {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(asFloats);
  if (isObject(value)) {
    const out: { [key: string]: Json } = {};
    for (const [k, item] of Object.entries(value)) out[k] = asFloats(item);
    return out;
  }
  return value;
}
