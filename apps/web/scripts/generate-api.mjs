// Generates the typed API client's schema (src/api/<service>.ts) from each service's committed OpenAPI document
// (apps/<service>/openapi.json). `--check` regenerates in memory and fails when a checked-in file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';

const here = dirname(fileURLToPath(import.meta.url));
const web = join(here, '..');
const apps = join(web, '..');
const SERVICES = {
  cases: 'cases-service',
  notifications: 'notifications-service',
  wellbeing: 'wellbeing-service',
};
const check = process.argv.includes('--check');
const prettierOptions = {
  ...(await prettier.resolveConfig(join(web, 'src/api/x.ts'))),
  parser: 'typescript',
};

let stale = 0;
for (const [name, app] of Object.entries(SERVICES)) {
  const source = join(apps, app, 'openapi.json');
  let document;
  try {
    document = JSON.parse(await readFile(source, 'utf8'));
  } catch (error) {
    console.error(`cannot read ${source} (run \`pnpm openapi\` in apps/${app}): ${error.message}`);
    process.exit(1);
  }
  const ast = await openapiTS(document, { alphabetize: true });
  const header = `// Generated from apps/${app}/openapi.json by \`pnpm generate\` in apps/web. Do not edit.\n`;
  const text = await prettier.format(header + astToString(ast), prettierOptions);
  const target = join(web, 'src/api', `${name}.ts`);
  if (check) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== text) {
      console.error(
        `stale: src/api/${name}.ts differs from apps/${app}/openapi.json; run \`pnpm generate\` in apps/web`,
      );
      stale += 1;
    }
  } else {
    await writeFile(target, text);
    console.log(`src/api/${name}.ts <- apps/${app}/openapi.json`);
  }
}
if (check) {
  if (stale > 0) process.exit(1);
  console.log('the generated API client matches the OpenAPI documents');
}
