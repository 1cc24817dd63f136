// Tracing first (OTEL_EXPORTER_OTLP_ENDPOINT): it patches node:http before anything else imports it.
import './platform/tracing';
import 'reflect-metadata';
import { bootstrapService } from '@qorgau/service-kit';
import { AppModule } from './app.module';
import { loadNotificationsConfig } from './config';

async function main(): Promise<void> {
  const config = loadNotificationsConfig();
  await bootstrapService(AppModule.forRoot(config), {
    title: 'Qorgau notifications',
    port: config.PORT,
    host: config.HOST,
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
