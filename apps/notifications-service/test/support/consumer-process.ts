// Run as a child process (`node --import tsx`) by kill-restart.int.test.ts, which SIGKILLs it mid-batch.
// Boots the whole service as main.ts does — the Kafka consumer and the e-mail outbox loop live in the same
// process — from the environment the test passes, without listening on a port (nothing here needs HTTP).
import 'reflect-metadata';
import { setTimeout as delay } from 'node:timers/promises';
import { NestFactory } from '@nestjs/core';
import { PostgresProcessedEventStore } from '@qorgau/messaging';
import { configureApp } from '@qorgau/service-kit';
import { AppModule } from '../../src/app.module';
import { loadNotificationsConfig } from '../../src/config';

async function main(): Promise<void> {
  const lingerMs = Number(process.env.LINGER_AFTER_STORE_MS ?? '0');
  if (lingerMs > 0) {
    // Widens the window the test kills in: after the handler's transaction (processed mark, projection,
    // notifications, deliveries) committed and before the consumer commits the message's offset. The
    // service's own code runs unchanged; it only takes longer to reach the offset commit.
    const processOnce = PostgresProcessedEventStore.prototype.processOnce;
    PostgresProcessedEventStore.prototype.processOnce = async function (...args) {
      const outcome = await processOnce.apply(this, args);
      await delay(lingerMs);
      return outcome;
    };
  }
  const config = loadNotificationsConfig();
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true });
  configureApp(app, { title: 'notifications (kill-restart child)' });
  await app.init();
  process.stdout.write('consuming\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
