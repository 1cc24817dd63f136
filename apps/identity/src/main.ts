import { loadIdentityConfig } from './config';
import { Directory } from './directory';
import { createProvider, type LocaleMemory } from './provider';
import { identityServer } from './server';

async function main(): Promise<void> {
  const config = loadIdentityConfig();
  const directory = new Directory(config.DATABASE_URL, config.DATABASE_SCHEMA);
  const locales: LocaleMemory = new Map();
  const provider = await createProvider(config, directory, locales);
  const server = identityServer(provider, directory, locales);
  server.listen(config.PORT, config.HOST, () => {
    console.log(
      `identity: OpenID provider ${config.issuer} (development mode) listening on ${config.HOST}:${config.PORT}`,
    );
  });
  const stop = () => {
    server.close();
    void directory.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
