import { createServer } from 'node:net';
import { freePort, isPortOpen, waitFor } from './ports';

describe('freePort', () => {
  it('returns distinct usable ports', async () => {
    const ports = await Promise.all([freePort(), freePort(), freePort()]);
    for (const port of ports) expect(port).toBeGreaterThan(1024);
    const server = createServer();
    await new Promise<void>((r) => server.listen(ports[0], '127.0.0.1', r));
    expect(await isPortOpen(ports[0]!)).toBe(true);
    await new Promise<void>((r) => server.close(() => r()));
    expect(await isPortOpen(ports[0]!)).toBe(false);
  });
});

describe('waitFor', () => {
  it('resolves once the check passes', async () => {
    let calls = 0;
    await waitFor('thing', async () => ++calls >= 3, { intervalMs: 1 });
    expect(calls).toBe(3);
  });

  it('treats a throwing check as not ready yet', async () => {
    let calls = 0;
    await waitFor(
      'thing',
      async () => {
        if (++calls < 2) throw new Error('connection refused');
        return true;
      },
      { intervalMs: 1 },
    );
    expect(calls).toBe(2);
  });

  it('gives up at once when the process is gone, with the diagnosis', async () => {
    await expect(
      waitFor('Kafka', async () => false, {
        gaveUp: () => 'the broker exited',
        onTimeout: () => 'last log line',
      }),
    ).rejects.toThrow(/Kafka failed: the broker exited\nlast log line/);
  });

  it('times out with the diagnosis', async () => {
    await expect(waitFor('Kafka', async () => false, { timeoutMs: 20, intervalMs: 5 })).rejects.toThrow(
      /Kafka not ready after 20 ms/,
    );
  });
});
