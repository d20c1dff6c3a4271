import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseRequest, normaliseResponse, Placeholders } from './normalise.js';
import type { RawResponse } from '../helpers/http.js';
import type { ServerStamp } from '../real-blnk/server.js';

/**
 * One recorded REST exchange with real Blnk, normalised (test/contract/normalise.ts). `poll` marks
 * the answer a test waited for by bounded polling: a replay asks again until it gets the same one.
 */
export interface Step {
  test: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  /** The body, normalised; a string when it was not JSON. */
  response: unknown;
  poll?: true;
}

export interface Recording {
  /** Written by `npm run test:blnk -- --record` against real Blnk; never by hand. */
  recordedFrom: ServerStamp & { secure: boolean };
  file: string;
  steps: Step[];
}

export const RECORDINGS = join(dirname(fileURLToPath(import.meta.url)), 'recordings');

/** Collects one target's exchanges for one test file, in order. */
export class Recorder {
  readonly steps: Step[] = [];
  private readonly names = new Placeholders();

  constructor(
    private readonly file: string,
    private readonly stamp: ServerStamp & { secure: boolean },
  ) {}

  add(
    test: string,
    request: { method: string; path: string; body?: string; headers?: Record<string, string> },
    sentAt: number,
    res: RawResponse,
    poll: boolean,
  ): void {
    const step: Step = {
      test,
      method: request.method,
      path: normaliseRequest(request.path, this.names, sentAt),
      ...(request.headers && Object.keys(request.headers).length ? { headers: request.headers } : {}),
      ...(request.body === undefined ? {} : { body: normaliseRequest(request.body, this.names, sentAt) }),
      status: res.status,
      response: res.json === undefined ? res.text : normaliseResponse(res.json, this.names),
      ...(poll ? { poll: true as const } : {}),
    };
    this.steps.push(step);
  }

  async save(): Promise<void> {
    if (this.steps.length === 0) return;
    const recording: Recording = { recordedFrom: this.stamp, file: this.file, steps: this.steps };
    await mkdir(RECORDINGS, { recursive: true });
    const name = `${this.file.replace(/\.test\.ts$/, '')}${this.stamp.secure ? '.secure' : ''}.json`;
    await writeFile(join(RECORDINGS, name), `${JSON.stringify(recording, null, 1)}\n`);
  }
}
