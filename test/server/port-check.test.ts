import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { portProblem } from '../../src/server/port-check.js';

/** The bind at start: a taken port is named at once; a free one is released for the gateway. */
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function listening(): Promise<number> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe('portProblem', () => {
  it('names PORT and HOST when another process holds the port', async () => {
    const port = await listening();
    expect(await portProblem(port, '127.0.0.1')).toBe(
      `PORT ${port} is already in use on HOST 127.0.0.1 (EADDRINUSE): stop what listens there or set PORT to a free port`,
    );
  });

  it('finds nothing wrong with a free port, and leaves it free to listen on', async () => {
    const port = await listening();
    await new Promise((resolve) => servers.pop()!.close(resolve));
    expect(await portProblem(port, '127.0.0.1')).toBeNull();
    // Released: the gateway's own listen right after succeeds.
    const again = createServer();
    servers.push(again);
    await new Promise<void>((resolve, reject) => {
      again.once('error', reject);
      again.listen(port, '127.0.0.1', resolve);
    });
    expect((again.address() as AddressInfo).port).toBe(port);
  });

  it('does not check PORT=0 (the system picks a free port)', async () => {
    expect(await portProblem(0, '127.0.0.1')).toBeNull();
  });
});
