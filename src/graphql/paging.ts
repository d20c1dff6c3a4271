/** Page sizes of every connection. */
export const DEFAULT_PAGE_SIZE = 20;
/** Blnk's filter endpoints honour at most 100 rows; a larger limit silently becomes 20. */
export const MAX_PAGE_SIZE = 100;
