/**
 * Differences between real Blnk's recorded answers and the sandbox's that the replay accepts. Each
 * entry names the recording (`file`: the test file it was recorded from, as its `file` field says,
 * e.g. `filters.test.ts`, or `filters.2.test.ts` for that file's second target; optionally one
 * `test`), a path into the response body
 * (`error`, `error_detail.message`, `*.meta_data.queue_lane`; `*` is any key or index), and why.
 * Everything else must match exactly: status, error code, body shape and every value.
 */
export interface Allowed {
  file: string | RegExp;
  test?: string | RegExp;
  path: string;
  why: string;
}

export const ALLOWED: Allowed[] = [
  // filters.test.ts: filters on created_at name instants of real Blnk's own rows, read from its
  // answers. Recorded, those instants are offsets from the moment of sending (<now-1000ms>) and
  // the rows' times are <time>, so a replay's filter names other instants than its rows'; which
  // rows fall inside cannot be the same. The operators themselves are pinned by the contract test
  // on both targets (test/contract/filters.test.ts), with times taken from each target's rows.
  ...['(body)', '(body).length'].map((path) => ({
    file: 'filters.test.ts',
    test: /created_at with gt, gte, lt, lte, between and an exact eq|an eq with a whole-second time matches that whole second|only eq widens to the precision window/,
    path,
    why: "the filter names real Blnk rows' instants, which a replay cannot recreate (recorded as offsets from sending)",
  })),
  // Blnk walks the query parameters as a Go map (url.Values), in Go's random order, so which
  // parameter is reported as past the 20th differs from run to run; the message and the count do not.
  ...['errors.0.Param', 'error_detail.details.0.Param'].map((path) => ({
    file: 'filters.test.ts',
    test: /more than 20 filters is a 400/,
    path,
    why: 'Go map iteration order: the parameter named past the 20th is random on real Blnk',
  })),
  // PostgreSQL's "Failing row contains (…)" renders the row's created_at as a bare timestamp
  // (`2026-12-04 18:20:41.435077`), which no normalisation recognises as a time: the insert's own
  // instant. Everything else in the detail (serial, ids, values) is compared up to that time.
  {
    file: 'blnk-differences.test.ts',
    test: /refuses a zero threshold as blank|PUT replaces the whole row/,
    path: 'error_detail.details.Detail',
    why: "PostgreSQL's failing-row detail holds the insert's timestamp in a form the recording cannot normalise",
  },
  // row-limit.json: real Blnk v0.15.2 sets its search_path on one pooled database connection only,
  // and PostgreSQL names the trigger function in the error's context as that connection sees it:
  // `capture_changes()` there, `blnk.capture_changes()` on the others. Which connection serves a
  // statement is Blnk's pool's choice; the rest of the detail compares exactly.
  {
    file: 'row-limit.test.ts',
    path: 'error_detail.details.Where',
    why: "the trigger function is named with or without its schema depending on which of Blnk's pooled connections ran the statement",
  },
  // transactions.json: queued transfers in a burst reach real Blnk's worker together, and it
  // coalesces those that touch the same balances into one balance update
  // (transaction_coalescing.go), so how far a balance's version moves depends on timing. Every
  // amount of those balances is still compared exactly.
  {
    file: 'transactions.test.ts',
    test: /concurrent transfers keep every balance exact/,
    path: 'version',
    why: 'real Blnk coalesces queued transfers to the same balances into one update: version counts updates, which depend on timing',
  },
  // The same in inflight-refund-bulk.json, where a queued bulk's items reach the worker together.
  {
    file: 'inflight-refund-bulk.test.ts',
    test: /queued bulk items and their "_q" children carry|run_async answers 202/,
    path: 'version',
    why: 'real Blnk coalesces queued transfers to the same balances into one update: version counts updates, which depend on timing',
  },
  // inflight-refund-bulk.json: a queued commit or void writes its leg as
  // `<hold>_<action>_act_<uuid>`, an action id Blnk makes up; it follows an underscore, so the
  // normaliser (ids start a word) leaves it verbatim and it can never be the same twice.
  {
    file: 'inflight-refund-bulk.test.ts',
    test: /without skip_queue, commit answers 200|a queued commit answers the hold as read back/,
    path: '*.reference',
    why: "a queued action's leg reference embeds Blnk's random action id after `_act_`, which is not normalised",
  },
  // The same for a queued bulk void (issue 20): its leg is `<hold>_void_act_<uuid>`.
  {
    file: 'owner-overdraft-bulk-holds.test.ts',
    test: /queued: QUEUED per id/,
    path: '*.reference',
    why: "a queued action's leg reference embeds Blnk's random action id after `_act_`, which is not normalised",
  },
  // Blnk reads the next page of refundable rows while its worker refunds the previous page, so
  // whether the refused child is named once or twice in the 409 depends on timing (both are
  // asserted by the contract test; the sandbox always names it twice). Status and code compare.
  ...['error', 'error_detail.message'].map((path) => ({
    file: 'inflight-refund-bulk.test.ts',
    test: /a second refund re-pays through that refund/,
    path,
    why: 'the refused row is named once or twice depending on a race inside real Blnk between its page reader and its worker',
  })),
];
