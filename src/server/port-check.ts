/**
 * The port, checked before anything slow (the sandbox, the schema): a taken PORT is told at once
 * and by name, instead of after the whole start-up as a bare EADDRINUSE.
 */
import { createServer } from 'node:net';

/** Why the gateway cannot listen on host:port, or null when a bind there succeeds (and is released). */
export async function portProblem(port: number, host: string): Promise<string | null> {
  // PORT=0 asks the system for a free port: nothing to check.
  if (port === 0) return null;
  const server = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port, host, exclusive: true }, resolve);
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      return `PORT ${port} is already in use on HOST ${host} (EADDRINUSE): stop what listens there or set PORT to a free port`;
    if (code === 'EACCES') return `PORT ${port} on HOST ${host} needs more privileges (EACCES): set PORT above 1023`;
    if (code === 'EADDRNOTAVAIL') return `HOST ${host} is not an address of this machine (EADDRNOTAVAIL): set HOST to one of its addresses`;
    return `cannot listen on PORT ${port} at HOST ${host}: ${code ?? String(error)}`;
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return null;
}
