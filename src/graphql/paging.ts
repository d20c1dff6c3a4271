import { FILTER_PAGE_MAX } from '../blnk/client.js';

/** Page sizes of every connection. */
export const DEFAULT_PAGE_SIZE = 20;
/** Blnk's filter endpoints honour at most 100 rows; a larger limit silently becomes 20. */
export const MAX_PAGE_SIZE = FILTER_PAGE_MAX;
/**
 * The furthest position a cursor may name. Blnk pages by OFFSET, which PostgreSQL answers by
 * reading and dropping every row before it, so a forged cursor deep in a list made each nested
 * call a long scan. 10,000 is 100 full pages, as far as a person pages a list (Elasticsearch's
 * max_result_window makes the same call); beyond, a createdAt filter narrows the list instead.
 */
export const MAX_CURSOR_POSITION = 10_000;
