// Checks the services' committed OpenAPI documents (ESM: the validator and openapi-typescript are ESM-only, so
// the jest tests run this as a child process). Prints one JSON report on stdout.
//   node check.mjs documents          each document is valid OpenAPI and openapi-typescript generates from it
//   node check.mjs responses <file>   every (operation, status) recorded in <file> is documented
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import openapiTS, { astToString } from 'openapi-typescript';

const apps = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'apps');
export const SERVICES = ['cases-service', 'notifications-service', 'wellbeing-service'];
const documentOf = (service) => JSON.parse(readFileSync(join(apps, service, 'openapi.json'), 'utf8'));

/** A recorded service title (`Qorgau cases`, `notifications (test)`) to its app. */
const serviceOf = (title) => SERVICES.find((s) => title.toLowerCase().includes(s.replace('-service', '')));

async function documents() {
  const report = {};
  for (const service of SERVICES) {
    const document = documentOf(service);
    const validation = await new Validator().validate(document);
    let client = 'ok';
    try {
      const text = astToString(await openapiTS(document));
      if (!text.includes('export interface paths')) client = 'no paths generated';
    } catch (error) {
      client = String(error?.message ?? error);
    }
    report[service] = { valid: validation.valid, errors: validation.valid ? [] : validation.errors, client };
  }
  return report;
}

function responses(file) {
  if (!existsSync(file)) return { recorded: 0, undocumented: [], missing: file };
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const documents = Object.fromEntries(SERVICES.map((s) => [s, documentOf(s)]));
  const undocumented = new Set();
  for (const { service: title, method, path, status } of lines) {
    const service = serviceOf(title);
    const operation = service && documents[service].paths?.[path]?.[method];
    const where = `${service ?? title} ${method.toUpperCase()} ${path} ${status}`;
    if (path === '/metrics' || path.startsWith('/docs')) continue; // scrape endpoint and the document itself
    if (!operation) undocumented.add(`${where} (no such operation)`);
    else if (!operation.responses?.[String(status)]) undocumented.add(where);
  }
  return { recorded: lines.length, undocumented: [...undocumented].sort() };
}

const [mode, file] = process.argv.slice(2);
const report = mode === 'documents' ? await documents() : responses(file);
process.stdout.write(JSON.stringify(report));
