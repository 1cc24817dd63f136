import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import * as activities from './activities';
import { greetWorkflow } from './workflows';

describe('Temporal CLI dev server (real)', () => {
  it('runs a workflow with an activity on a worker', async () => {
    const address = process.env.TEMPORAL_ADDRESS!;
    const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';
    const taskQueue = `smoke-dev-${Date.now()}`;
    const nativeConnection = await NativeConnection.connect({ address });
    const connection = await Connection.connect({ address });
    try {
      const worker = await Worker.create({
        connection: nativeConnection,
        namespace,
        taskQueue,
        workflowsPath: require.resolve('./workflows'),
        activities,
      });
      const client = new Client({ connection, namespace });
      const workflowId = `smoke-greet-${Date.now()}`;
      const result = await worker.runUntil(
        client.workflow.execute(greetWorkflow, { args: ['Айгүл'], workflowId, taskQueue }),
      );
      expect(result).toBe(`Сәлем, Айгүл from ${taskQueue}`);
      const description = await client.workflow.getHandle(workflowId).describe();
      expect(description.status.name).toBe('COMPLETED');
    } finally {
      await connection.close();
      await nativeConnection.close();
    }
  });
});
