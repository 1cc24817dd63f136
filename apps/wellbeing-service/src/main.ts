// Tracing first (OTEL_EXPORTER_OTLP_ENDPOINT): it patches node:http before anything else imports it.
import './platform/tracing';
import 'reflect-metadata';
import { bootstrapService } from '@qorgau/service-kit';
import { AppModule } from './app.module';
import { loadWellbeingConfig } from './config';

async function main(): Promise<void> {
  const config = loadWellbeingConfig();
  await bootstrapService(AppModule.forRoot({ config }) as never, {
    title: 'Qorgau wellbeing',
    port: config.PORT,
    host: config.HOST,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
