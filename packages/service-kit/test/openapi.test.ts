import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Body, Controller, Get, Module, Param, Post, type FactoryProvider } from '@nestjs/common';
import { z } from 'zod';
import { createZodDto, OperationId, Public, ServiceKitModule, writeOpenApiDocument } from '../src';

class NoteDto extends createZodDto(z.object({ text: z.string().min(1) })) {}

@Controller('notes')
class NotesController {
  @Public()
  @Get('public')
  open() {
    return {};
  }

  @Get(':noteId')
  @OperationId('getNote')
  get(@Param('noteId') noteId: string) {
    return { noteId };
  }

  @Post()
  create(@Body() note: NoteDto) {
    return note;
  }
}

@Controller('drafts')
class DraftsController {
  @Post()
  create(@Body() note: NoteDto) {
    return note;
  }
}

/** A provider that would need a database: preview mode must never call it. */
const DATABASE: FactoryProvider = {
  provide: 'DATABASE',
  useFactory: () => {
    throw new Error('connected to a database');
  },
};

const kit = ServiceKitModule.forRoot({
  serviceName: 'test',
  auth: { mode: 'dev', keysDir: mkdtempSync(join(tmpdir(), 'qorgau-keys-')) },
  logLevel: 'silent',
});

@Module({ imports: [kit], controllers: [NotesController, DraftsController], providers: [DATABASE] })
class NotesModule {}

type Operation = {
  operationId: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, unknown> }>;
};

describe('the OpenAPI document for generated clients', () => {
  let paths: Record<string, Record<string, Operation>>;
  let schemas: Record<string, unknown>;

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
    await writeOpenApiDocument(NotesModule, { title: 'notes', file });
    const document = JSON.parse(readFileSync(file, 'utf8')) as {
      paths: typeof paths;
      components: { schemas: typeof schemas };
    };
    paths = document.paths;
    schemas = document.components.schemas;
  });

  it('is written without running any provider (no infrastructure)', () => {
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining(['/notes/public', '/notes/{noteId}', '/notes', '/drafts', '/health/live']),
    );
  });

  it('names operations readably: the given id, the handler, or controller + handler where two share a name', () => {
    expect(paths['/notes/{noteId}']!.get!.operationId).toBe('getNote');
    expect(paths['/notes/public']!.get!.operationId).toBe('open');
    expect(paths['/notes']!.post!.operationId).toBe('notesCreate');
    expect(paths['/drafts']!.post!.operationId).toBe('draftsCreate');
  });

  it('marks public operations as needing no token, and documents problem+json errors on the others', () => {
    expect(paths['/notes/public']!.get!.security).toEqual([]);
    expect(paths['/health/live']!.get!.security).toEqual([]);
    expect(paths['/notes/public']!.get!.responses['401']).toBeUndefined();
    const create = paths['/notes']!.post!;
    expect(create.security).toBeUndefined();
    for (const status of ['400', '401', '403', '404', '409', '412', '422']) {
      expect(create.responses[status]!.content).toEqual({
        'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
      });
    }
    expect(schemas.Problem).toMatchObject({ required: expect.arrayContaining(['code', 'status', 'title']) });
  });
});
