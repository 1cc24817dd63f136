import { createServer, Socket } from 'node:net';

/** A TCP port that was free a moment ago, chosen by the kernel so parallel runs don't collide. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * The conventional port when nothing listens on it (the local run: Temporal UI on 8233, Postgres on 5432),
 * otherwise a free one; tests pass no preference and always get a free port.
 */
export async function pickPort(preferred?: number): Promise<number> {
  if (preferred !== undefined && !(await isPortOpen(preferred))) return preferred;
  return freePort();
}

export function isPortOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolveOpen) => {
    const socket = new Socket();
    const done = (open: boolean) => {
      socket.destroy();
      resolveOpen(open);
    };
    socket.setTimeout(1000);
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host);
  });
}

export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  {
    timeoutMs = 60_000,
    intervalMs = 250,
    onTimeout,
    gaveUp,
  }: {
    timeoutMs?: number;
    intervalMs?: number;
    /** Extra diagnosis appended to the error (e.g. the tail of a log). */
    onTimeout?: () => string;
    /** Returns a reason when waiting is pointless (the process already exited). */
    gaveUp?: () => string | undefined;
  } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const reason = gaveUp?.();
    if (reason) throw new Error(`devstack: ${what} failed: ${reason}${onTimeout ? `\n${onTimeout()}` : ''}`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`devstack: ${what} not ready after ${timeoutMs} ms${onTimeout ? `\n${onTimeout()}` : ''}`);
}
