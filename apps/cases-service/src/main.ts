// Tracing first (OTEL_EXPORTER_OTLP_ENDPOINT): it patches node:http before anything else imports it.
import './platform/tracing';
import 'reflect-metadata';
import { assertCalendarCovers } from '@qorgau/domain';
import { bootstrapService } from '@qorgau/service-kit';
import { AppModule } from './app.module';
import { loadCasesConfig } from './config';

async function main(): Promise<void> {
  const config = loadCasesConfig();
  // Deadlines of new cases are computed on the configured calendar (QORGAU_CALENDAR_FILE, pinned into each case):
  // refuse to start on a year it has no data for.
  assertCalendarCovers(new Date().toISOString(), config.QORGAU_CALENDAR_FILE);
  await bootstrapService(AppModule.forRoot({ config }) as never, {
    title: 'Qorgau cases',
    port: config.PORT,
    host: config.HOST,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
