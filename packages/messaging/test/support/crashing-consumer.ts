// Run as a child process by crash-restart.int.test.ts, which SIGKILLs it mid-stream.
import { setTimeout as delay } from 'node:timers/promises';
import {
  PostgresProcessedEventStore,
  runConsumer,
  type PostgresTransaction,
  type ProcessedEventStore,
} from '../../src';
import { followUpsOn } from './follow-ups';
import { FAST_CONSUMER, openDataSource, SCHEMA, testKafka } from './infra';

async function main(): Promise<void> {
  const { TOPIC, GROUP, TEST_DATABASE_URL } = process.env;
  if (!TOPIC || !GROUP || !TEST_DATABASE_URL)
    throw new Error('TOPIC, GROUP and TEST_DATABASE_URL are required');
  const dataSource = await openDataSource(TEST_DATABASE_URL);
  const store = new PostgresProcessedEventStore(dataSource, { schema: SCHEMA });
  // Dawdles after the effects and the processed record are committed and before the offset is: the test
  // kills the process inside that window, the worst moment for a consumer to die.
  const slowToCommitOffsets: ProcessedEventStore<PostgresTransaction> = {
    async processOnce(consumer, eventId, work) {
      const outcome = await store.processOnce(consumer, eventId, work);
      await delay(200);
      return outcome;
    },
  };
  await runConsumer({
    kafka: testKafka('crashing-consumer'),
    groupId: GROUP,
    contract: followUpsOn(TOPIC),
    store: slowToCommitOffsets,
    consumerConfig: FAST_CONSUMER,
    handler: async (event, { manager, attempt }) => {
      await manager.query(`INSERT INTO ${SCHEMA}.effects VALUES ($1, 'first-run', $2)`, [
        event.eventId,
        attempt,
      ]);
    },
  });
  process.stdout.write('consuming\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
