// Turns the Kubernetes API server's OpenAPI v2 document (api/openapi-spec/swagger.json of the k8s.io/kubernetes
// module) into one strict JSON schema per kind, named as kubeconform looks them up by default
// (`<kind>-<group's first label>-<version>.json`, `<kind>-<version>.json` for the core group), each carrying the
// definitions it reaches, so a file stands alone.
// Strict: an object with declared properties allows no others (a misspelt field fails), `kind` and
// `apiVersion` must be the schema's own. Two swagger types are widened to what YAML may write: int-or-string
// (`targetPort: http` or `8080`) and Quantity (`cpu: 1` or `cpu: 500m`).
// Usage: node openapi-to-schemas.mjs <swagger.json> <output folder>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [swaggerFile, outDir] = process.argv.slice(2);
if (!swaggerFile || !outDir) {
  console.error('usage: node openapi-to-schemas.mjs <swagger.json> <output folder>');
  process.exit(2);
}
const definitions = JSON.parse(readFileSync(swaggerFile, 'utf8')).definitions;
const REF = '#/definitions/';
const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

/** A copy of a swagger schema made strict and widened as described above; `refs` collects what it reaches. */
function convert(schema, refs) {
  if (Array.isArray(schema)) return schema.map((item) => convert(item, refs));
  if (schema === null || typeof schema !== 'object') return schema;
  if (schema.format === 'int-or-string') {
    return { description: schema.description, oneOf: [{ type: 'string' }, { type: 'integer' }] };
  }
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(REF)) {
      refs.add(value.slice(REF.length));
      out[key] = value;
    } else if (key === 'properties') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, convert(sub, refs)]));
    } else if (key.startsWith('x-kubernetes-')) {
      continue; // merge and list hints for the API server; nothing to validate
    } else {
      out[key] = convert(value, refs);
    }
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

function definition(name, refs) {
  if (name === QUANTITY) {
    return { description: definitions[name].description, oneOf: [{ type: 'string' }, { type: 'number' }] };
  }
  return convert(definitions[name], refs);
}

/** The schema of `name` with every definition it reaches, transitively, under `definitions`. */
function standalone(name) {
  const refs = new Set();
  const root = definition(name, refs);
  const bundled = {};
  const pending = [...refs];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next in bundled) continue;
    const found = new Set();
    bundled[next] = definition(next, found);
    for (const ref of found) if (!(ref in bundled)) pending.push(ref);
  }
  return { ...root, definitions: bundled };
}

mkdirSync(outDir, { recursive: true });
let written = 0;
for (const [name, schema] of Object.entries(definitions)) {
  const kinds = schema['x-kubernetes-group-version-kind'];
  // Only resources (they have metadata); list and option types carry kinds too but are never applied.
  if (!Array.isArray(kinds) || !schema.properties?.metadata || name.endsWith('List')) continue;
  const base = standalone(name);
  for (const { group, version, kind } of kinds) {
    const apiVersion = group ? `${group}/${version}` : version;
    const file =
      `${kind.toLowerCase()}${group ? `-${group.split('.')[0]}` : ''}-${version}.json`.toLowerCase();
    const properties = {
      ...base.properties,
      apiVersion: { type: 'string', enum: [apiVersion] },
      kind: { type: 'string', enum: [kind] },
    };
    const schemaOfKind = {
      ...base,
      properties,
      required: [...new Set([...(base.required ?? []), 'apiVersion', 'kind'])],
    };
    writeFileSync(join(outDir, file), JSON.stringify(schemaOfKind));
    written += 1;
  }
}
if (written < 50) {
  console.error(`only ${written} schemas made from ${swaggerFile}: not the API server's OpenAPI document?`);
  process.exit(1);
}
console.log(`${written} Kubernetes schemas in ${outDir}`);
