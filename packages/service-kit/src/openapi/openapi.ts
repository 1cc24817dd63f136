import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiExtension, DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, problemDetailsSchema } from '@qorgau/contracts';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { z } from 'zod';
import { asOpenApi30 } from './openapi-30';

/** Marks an operation open to callers without a token (set by `@Public()`); becomes `security: []`. */
export const PUBLIC_EXTENSION = 'x-qorgau-public';

/** Names an operation in the document where the handler's own name would not read well (`get` → `getCase`). */
const OPERATION_ID_EXTENSION = 'x-qorgau-operation-id';
export const OperationId = (operationId: string) => ApiExtension(OPERATION_ID_EXTENSION, operationId);

/** The statuses every protected operation may answer with a problem+json body. */
const PROTECTED_PROBLEMS: Record<string, string> = {
  '400': 'Invalid input: `code` VALIDATION_FAILED with `errors[].field` and `errors[].rule`',
  '401': 'No valid access token',
  '403': 'The caller may not do this',
  '404': 'Not found, or not visible to the caller',
  '409': 'Conflicts with the current state (a refused domain rule names its `code`)',
  '412': 'If-Match names a stale version',
  '422': 'The request is understood but a rule refuses it',
};
const PUBLIC_PROBLEMS = { '503': 'Not ready' };

type Operation = Record<string, unknown> & {
  responses?: Record<string, unknown>;
  security?: unknown[];
};

const problemResponse = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
});

/**
 * Adds what clients generated from the document need and Nest cannot express per route: the problem+json
 * schema and error responses on every operation, `security: []` on public ones.
 */
function withProblems(document: OpenAPIObject): OpenAPIObject {
  const { $schema: _ignored, ...problem } = z.toJSONSchema(problemDetailsSchema) as Record<string, unknown>;
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: problem },
  };
  for (const item of Object.values(document.paths)) {
    for (const [method, value] of Object.entries(item)) {
      if (!['get', 'put', 'post', 'delete', 'patch'].includes(method)) continue;
      const operation = value as Operation;
      const isPublic = operation[PUBLIC_EXTENSION] === true;
      delete operation[PUBLIC_EXTENSION];
      if (isPublic) operation.security = [];
      const problems = isPublic ? PUBLIC_PROBLEMS : PROTECTED_PROBLEMS;
      const responses = (operation.responses ??= {});
      for (const [status, description] of Object.entries(problems)) {
        responses[status] ??= problemResponse(description);
      }
      // An operation's own error responses (its refusal codes) carry the problem+json body too.
      for (const [status, response] of Object.entries(responses)) {
        const { description = '', content } = response as { description?: string; content?: unknown };
        if (Number(status) >= 400 && content === undefined) responses[status] = problemResponse(description);
      }
    }
  }
  return document;
}

/** The service's OpenAPI document: operationIds are the handler names (`getCase`, `fileProtectionAct`). */
export function buildOpenApiDocument(app: INestApplication, title: string, version = '0.1.0'): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(title)
    .setVersion(version)
    .addBearerAuth()
    .addSecurityRequirements('bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controller, method) => `${controller}.${method}`,
  });
  return asOpenApi30(withProblems(withReadableOperationIds(cleanupOpenApiDoc(document))));
}

/**
 * `getCase` rather than `CasesController_get`: the `@OperationId` given, else the handler's name, prefixed with
 * its controller's only where two controllers share a handler name, so generated clients read like the API.
 */
function withReadableOperationIds(document: OpenAPIObject): OpenAPIObject {
  const operations = Object.values(document.paths).flatMap(
    (item) => Object.values(item) as (Record<string, unknown> & { operationId?: string })[],
  );
  for (const operation of operations) {
    const given = operation[OPERATION_ID_EXTENSION];
    delete operation[OPERATION_ID_EXTENSION];
    if (typeof given === 'string') operation.operationId = `.${given}`;
  }
  const handlerCount = new Map<string, number>();
  for (const { operationId } of operations) {
    const handler = operationId?.split('.')[1];
    if (handler !== undefined) handlerCount.set(handler, (handlerCount.get(handler) ?? 0) + 1);
  }
  for (const operation of operations) {
    if (!operation.operationId) continue;
    const [controller = '', handler = ''] = operation.operationId.split('.');
    if (controller === '') {
      operation.operationId = handler;
      continue;
    }
    const prefix = controller.replace(/Controller$/, '');
    operation.operationId =
      (handlerCount.get(handler) ?? 0) > 1
        ? `${prefix.charAt(0).toLowerCase()}${prefix.slice(1)}${handler.charAt(0).toUpperCase()}${handler.slice(1)}`
        : handler;
  }
  const ids = operations.map((operation) => operation.operationId);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) throw new Error(`Two operations are named ${duplicate}: give one an @OperationId`);
  return document;
}

/** Swagger UI at `/docs`, the document at `/docs-json`; zod DTOs are described by nestjs-zod. */
export function setupOpenApi(app: INestApplication, title: string, version = '0.1.0'): void {
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app, title, version), {
    jsonDocumentUrl: 'docs-json',
  });
}

/**
 * Writes the document without infrastructure: Nest's preview mode resolves modules and routes but calls no
 * provider factory, so no database, Kafka or Temporal connection is made.
 */
export async function writeOpenApiDocument(
  module: Type<unknown> | DynamicModule,
  options: { readonly title: string; readonly version?: string; readonly file: string },
): Promise<void> {
  const app = await NestFactory.create(module, { preview: true, logger: false, abortOnError: false });
  const document = buildOpenApiDocument(app, options.title, options.version);
  mkdirSync(dirname(options.file), { recursive: true });
  writeFileSync(options.file, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
}
