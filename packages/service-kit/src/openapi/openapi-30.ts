import { type OpenAPIObject } from '@nestjs/swagger';

/** The fields an OpenAPI 3.0 Parameter Object may have; anything else a schema generator left there is schema. */
const PARAMETER_FIELDS = new Set([
  'name',
  'in',
  'description',
  'required',
  'deprecated',
  'allowEmptyValue',
  'style',
  'explode',
  'allowReserved',
  'schema',
  'example',
  'examples',
  'content',
]);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** `type: ['string', 'null']` (JSON Schema / OpenAPI 3.1) as OpenAPI 3.0 says it: `type: 'string', nullable`. */
function nullableTypes(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(nullableTypes);
  if (!isObject(node)) return;
  const { type } = node;
  if (Array.isArray(type) && type.includes('null')) {
    const others = type.filter((t) => t !== 'null');
    node.nullable = true;
    if (others.length === 1) node.type = others[0];
    else delete node.type;
  }
  Object.values(node).forEach(nullableTypes);
}

/** Schema keywords zod-to-OpenAPI put beside a parameter (`not` of a refused `z.never()`) go into its schema. */
function parameterSchemas(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item as Json)) {
      const parameters = isObject(operation) ? operation.parameters : undefined;
      if (!Array.isArray(parameters)) continue;
      for (const parameter of parameters as Json[]) {
        for (const key of Object.keys(parameter)) {
          if (PARAMETER_FIELDS.has(key) || key.startsWith('x-')) continue;
          parameter.schema = {
            ...(isObject(parameter.schema) ? parameter.schema : {}),
            [key]: parameter[key],
          };
          delete parameter[key];
        }
      }
    }
  }
}

/** Makes the generated document valid OpenAPI 3.0 (what it declares), so validators and client generators accept it. */
export function asOpenApi30(document: OpenAPIObject): OpenAPIObject {
  nullableTypes(document.components);
  nullableTypes(document.paths);
  parameterSchemas(document);
  return document;
}
