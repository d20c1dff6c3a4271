/**
 * Differences between real Blnk's recorded answers and the sandbox's that the replay accepts. Each
 * entry names the recording (file, optionally one test), a path into the response body
 * (`error`, `error_detail.message`, `*.meta_data.queue_lane`; `*` is any key or index), and why.
 * Everything else must match exactly: status, error code, body shape and every value.
 */
export interface Allowed {
  file: string | RegExp;
  test?: string | RegExp;
  path: string;
  why: string;
}

export const ALLOWED: Allowed[] = [];
