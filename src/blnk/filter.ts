/**
 * A read of one of Blnk's filter endpoints in the gateway's words: conditions on the fields of
 * model.ts's objects (`identityId`, `parentTransactionId`, `createdAt`, `metaData.<key>` for one
 * top-level metadata key), compared with Blnk's operators (docs/blnk-contract.md section 3.1:
 * eq, ne, gt, gte, lt, lte, in, between, like, ilike, isnull, isnotnull). map-filters.ts names
 * each field's column for its resource; nothing outside blnk/ sees Blnk's column names.
 */
export interface Condition {
  field: string;
  operator: string;
  value?: unknown;
  values?: unknown[];
}

export interface FilterQuery {
  /** All must hold, unless `anyOf`. */
  filters: Condition[];
  /** Any one of the conditions suffices (Blnk's logical_operator "or"). */
  anyOf?: boolean;
  limit?: number;
  offset?: number;
  /**
   * Ordered by creation time (or `sortBy`), newest or largest first, or the reverse; absent:
   * Blnk's own order. Blnk Cloud documents no order (cloud-pages.ts): there, only absent or true
   * (its own order, asked for by sending none) is served, anything else refused.
   */
  newestFirst?: boolean;
  /** The field Blnk sorts on, one of the table's sortable fields (map-filters.ts); createdAt when absent. */
  sortBy?: string;
  /**
   * Count every row that matches, beyond the page (it costs Blnk a count): Core's include_count;
   * on Blnk Cloud's transactions, `strict_total=true`, an exact count where Cloud would otherwise
   * estimate (cloud-pages.ts).
   */
  includeCount?: boolean;
}
