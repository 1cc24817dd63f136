import { join } from 'node:path';
import { buildWebServer } from './app';
import { settingsFrom } from './settings';

// node apps/web/dist-server/main.js — serves apps/web/dist (built by `vite build`).
async function main() {
  const settings = settingsFrom(process.env, join(__dirname, '..', 'dist'));
  const app = await buildWebServer(settings);
  await app.listen({ port: settings.port, host: settings.host });
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
