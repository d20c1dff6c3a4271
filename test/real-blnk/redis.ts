import { connect } from 'node:net';

/**
 * Just enough of Redis's protocol (RESP) for the harness to claim a database number of its own and
 * empty it afterwards, without a Redis client dependency: one command at a time, one reply each.
 */
export async function redisCommands(url: string, commands: string[][]): Promise<unknown[]> {
  const { hostname, port } = new URL(url);
  const socket = connect({ host: hostname, port: Number(port || 6379) });
  socket.setTimeout(5_000, () => socket.destroy(new Error(`Redis at ${hostname}:${port} did not answer in 5 s`)));
  const replies: unknown[] = [];
  let buffer = '';
  let waiting: { resolve: (v: unknown) => void; reject: (e: Error) => void } | null = null;
  socket.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    const parsed = parseReply(buffer);
    if (parsed && waiting) {
      buffer = buffer.slice(parsed.length);
      const w = waiting;
      waiting = null;
      w.resolve(parsed.value);
    }
  });
  socket.on('error', (e) => waiting?.reject(e));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  try {
    for (const command of commands) {
      const reply = new Promise<unknown>((resolve, reject) => (waiting = { resolve, reject }));
      socket.write(`*${command.length}\r\n${command.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`);
      replies.push(await reply);
    }
  } finally {
    socket.end();
  }
  return replies;
}

/** Simple strings, errors, integers and bulk strings: the replies of SELECT, SET, DBSIZE, FLUSHDB, DEL. */
function parseReply(text: string): { value: unknown; length: number } | null {
  const end = text.indexOf('\r\n');
  if (end < 0) return null;
  const head = text.slice(1, end);
  switch (text[0]) {
    case '+':
      return { value: head, length: end + 2 };
    case '-':
      return { value: new Error(head), length: end + 2 };
    case ':':
      return { value: Number(head), length: end + 2 };
    case '$': {
      const n = Number(head);
      if (n < 0) return { value: null, length: end + 2 };
      if (text.length < end + 2 + n + 2) return null;
      return { value: text.slice(end + 2, end + 2 + n), length: end + 2 + n + 2 };
    }
    default:
      throw new Error(`unexpected Redis reply ${JSON.stringify(text.slice(0, 20))}`);
  }
}
