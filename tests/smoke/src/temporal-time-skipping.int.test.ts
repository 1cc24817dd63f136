import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { sleepForDays } from './workflows';

describe("Temporal's Java test server (real, time skipping)", () => {
  let env: TestWorkflowEnvironment;

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: process.env.TEMPORAL_TEST_SERVER_PATH! } },
    });
  });

  afterAll(async () => {
    await env?.teardown();
  });

  it('completes a workflow that sleeps 30 days in seconds of wall time', async () => {
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: 'smoke-time-skipping',
      workflowsPath: require.resolve('./workflows'),
    });
    const wallStart = Date.now();
    const result = await worker.runUntil(
      env.client.workflow.execute(sleepForDays, {
        args: [30],
        workflowId: `smoke-sleep-${Date.now()}`,
        taskQueue: 'smoke-time-skipping',
      }),
    );
    const wallMs = Date.now() - wallStart;
    const days = (result.finishedAt - result.startedAt) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(30);
    expect(days).toBeLessThan(31);
    expect(wallMs).toBeLessThan(30_000); // a generous bound; the point is days became seconds
  });
});
