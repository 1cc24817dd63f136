import 'reflect-metadata';
import { resolve } from 'node:path';
import { writeOpenApiDocument } from '@qorgau/service-kit';
import { AppModule } from './app.module';
import { loadCasesConfig } from './config';

/** Only to satisfy the config schema: the document is built in preview mode, nothing connects. */
const PLACEHOLDER_ENV = {
  DATABASE_URL: 'postgres://openapi@127.0.0.1:1/openapi',
  KAFKA_BROKERS: '127.0.0.1:1',
  TEMPORAL_ADDRESS: '127.0.0.1:1',
  // Production-shaped token settings, so the document builds whatever NODE_ENV is (no key is ever fetched).
  JWT_ISSUER: 'https://openapi.invalid',
  JWT_JWKS_URL: 'https://openapi.invalid/jwks',
  JWT_AUDIENCE: 'qorgau-api',
};

/** `pnpm openapi`: writes openapi.json (committed; scripts/test.sh fails when it is stale). */
writeOpenApiDocument(AppModule.forRoot({ config: loadCasesConfig(PLACEHOLDER_ENV) }) as never, {
  title: 'Qorgau cases',
  file: resolve(__dirname, '..', 'openapi.json'),
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
