import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { freePort, isPortOpen, waitFor } from './ports';
import { startProcess } from './process';
import { temporalTestServerPath } from './temporal-test-server';

/**
 * Temporal's time-skipping test server, started here with a generous start-up wait: the SDK's own start gives the
 * server's JVM 5 s, which a loaded machine (several test runs on two cores) does not always meet. The environment
 * is the SDK's own, connected with its test service (time skipping) to this server; `teardown` stops both.
 */
export async function timeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  // Loaded here, not at the top: only the tests that use time skipping need the SDK's testing package.
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const port = await freePort();
  const server = startProcess({
    name: 'temporal-test-server',
    command: temporalTestServerPath(),
    args: [String(port)],
  });
  await waitFor('the Temporal test server', () => isPortOpen(port), {
    timeoutMs: 180_000,
    gaveUp: () => (server.exited() ? `exited: ${server.tail(20)}` : undefined),
  });
  // `create` is the SDK's own constructor path (createTimeSkipping minus spawning the server).
  const create = (
    TestWorkflowEnvironment as unknown as {
      create(opts: object): Promise<TestWorkflowEnvironment>;
    }
  ).create.bind(TestWorkflowEnvironment);
  const env = await create({
    server: { type: 'existing' },
    address: `127.0.0.1:${port}`,
    namespace: 'default',
    supportsTimeSkipping: true,
  });
  const teardown = env.teardown.bind(env);
  env.teardown = async () => {
    await teardown();
    await server.stop();
  };
  return env;
}
