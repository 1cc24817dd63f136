// A case worker in a process of its own, so a test can SIGKILL it: a worker that dies without telling the server,
// whose sticky queue then times its next workflow task out (as a crashed pod's would).
// Env: TEMPORAL_ADDRESS, DATABASE_URL (a migrated cases database), TASK_QUEUE. Prints "ready" once it polls.
import 'reflect-metadata';
import { casesDataSource } from '@qorgau/cases-persistence';
import { NativeConnection } from '@temporalio/worker';
import { createCaseWorker } from '../../src/worker';
import { quietRuntime } from './harness';

async function main(): Promise<void> {
  quietRuntime();
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  const dataSource = casesDataSource({ url: process.env.DATABASE_URL!, poolSize: 2 });
  await dataSource.initialize();
  const worker = await createCaseWorker({
    connection,
    taskQueue: process.env.TASK_QUEUE!,
    dataSource,
    workflowBundlePath: require.resolve('../../dist/workflow-bundle.js'),
  });
  const running = worker.run();
  process.stdout.write('ready\n');
  await running;
}

void main();
