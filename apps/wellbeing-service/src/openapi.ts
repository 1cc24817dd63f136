import 'reflect-metadata';
import { resolve } from 'node:path';
import { writeOpenApiDocument } from '@qorgau/service-kit';
import { AppModule } from './app.module';
import { loadWellbeingConfig } from './config';

/** Only to satisfy the config schema: the document is built in preview mode, nothing connects. */
const PLACEHOLDER_ENV = {
  DATABASE_URL: 'postgres://openapi@127.0.0.1:1/openapi',
  KAFKA_BROKERS: '127.0.0.1:1',
  TEMPORAL_ADDRESS: '127.0.0.1:1',
};

/** `pnpm openapi`: writes openapi.json (committed; scripts/test.sh fails when it is stale). */
writeOpenApiDocument(AppModule.forRoot({ config: loadWellbeingConfig(PLACEHOLDER_ENV) }) as never, {
  title: 'Qorgau wellbeing',
  file: resolve(__dirname, '..', 'openapi.json'),
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
