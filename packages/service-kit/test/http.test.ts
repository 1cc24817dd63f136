import { mkdtempSync } from 'node:fs';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Body, Controller, Get, Module, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { z } from 'zod';
import {
  configureApp,
  createZodDto,
  currentRequestId,
  CurrentUser,
  DevTokenIssuer,
  Public,
  ReadinessRegistry,
  Roles,
  ServiceKitModule,
  type Principal,
} from '../src';

const keysDir = mkdtempSync(join(tmpdir(), 'qorgau-keys-'));

class NoteDto extends createZodDto(
  z.object({ text: z.string().min(1).max(100), priority: z.int().min(1).max(3) }),
) {}

@Controller('notes')
class NotesController {
  readonly received: unknown[] = [];

  @Public()
  @Get('public')
  open() {
    return { requestId: currentRequestId() };
  }

  @Get('mine')
  mine(@CurrentUser() user: Principal) {
    return { personRef: user.personRef };
  }

  @Roles('head', 'investigator')
  @Post()
  create(@Body() note: NoteDto) {
    this.received.push(note);
    return note;
  }

  @Public()
  @Get('boom')
  boom() {
    throw new Error('connection to db.internal refused');
  }
}

@Module({
  imports: [
    ServiceKitModule.forRoot({ serviceName: 'test', auth: { mode: 'dev', keysDir }, logLevel: 'silent' }),
  ],
  controllers: [NotesController],
})
class TestAppModule {}

const person = (roles: Principal['roles']): Principal => ({
  personRef: 'officer-17',
  roles,
  unitId: 'unit-1',
  locale: 'ru',
});

describe('service-kit over HTTP', () => {
  let app: INestApplication;
  let issuer: DevTokenIssuer;
  let notes: NotesController;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [TestAppModule] }).compile();
    app = moduleRef.createNestApplication({ bufferLogs: true });
    configureApp(app, { title: 'test' });
    await app.init();
    issuer = await DevTokenIssuer.create(keysDir);
    notes = app.get(NotesController);
  });

  afterAll(() => app.close());

  const http = () => request(app.getHttpServer());
  const bearer = async (roles: Principal['roles']) => `Bearer ${await issuer.issue(person(roles))}`;

  it('denies by default: no token, a bad token → 401 problem+json', async () => {
    const missing = await http().get('/notes/mine');
    expect(missing.status).toBe(401);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body).toMatchObject({ code: 'UNAUTHENTICATED', status: 401, instance: '/notes/mine' });
    const bad = await http().get('/notes/mine').set('authorization', 'Bearer x.y.z');
    expect(bad.status).toBe(401);
  });

  it('lets a valid token through and hands the handler the current user', async () => {
    const res = await http()
      .get('/notes/mine')
      .set('authorization', await bearer(['officer']));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ personRef: 'officer-17' });
  });

  it('opens @Public routes and carries the request id into the handler and the response', async () => {
    const res = await http().get('/notes/public').set('x-request-id', 'req-abc-1');
    expect(res.status).toBe(200);
    expect(res.headers['x-request-id']).toBe('req-abc-1');
    expect(res.body).toEqual({ requestId: 'req-abc-1' });
    const generated = await http().get('/notes/public');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('checks roles: 403 without one of them', async () => {
    const res = await http()
      .post('/notes')
      .set('authorization', await bearer(['officer']))
      .send({ text: 'hi', priority: 1 });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('rejects bad input with the field and the rule before the handler runs', async () => {
    const before = notes.received.length;
    const res = await http()
      .post('/notes')
      .set('authorization', await bearer(['head']))
      .send({ text: '', priority: 7 });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [
        { field: 'text', rule: 'too_small' },
        { field: 'priority', rule: 'too_big' },
      ],
    });
    const badJson = await http()
      .post('/notes')
      .set('authorization', await bearer(['head']))
      .set('content-type', 'application/json')
      .send('{"text":');
    expect(badJson.status).toBe(400);
    expect(badJson.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(notes.received.length).toBe(before);
    const ok = await http()
      .post('/notes')
      .set('authorization', await bearer(['investigator']))
      .send({ text: 'hi', priority: 2 });
    expect(ok.status).toBe(201);
  });

  it('answers unknown routes and unexpected errors with problem+json, leaking nothing', async () => {
    const missing = await http().get('/nowhere');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND' });
    const boom = await http().get('/notes/boom');
    expect(boom.status).toBe(500);
    expect(boom.body).toMatchObject({ code: 'INTERNAL_ERROR' });
    expect(boom.text).not.toContain('db.internal');
  });

  it('answers a request Node cannot parse (a control character in a header) with problem+json', async () => {
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write('GET /notes/public HTTP/1.1\r\nHost: x\r\nIf-Match: a\u0014b\r\n\r\n'),
      );
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
  });

  it('serves liveness, readiness with registered checks, metrics and the OpenAPI document', async () => {
    expect((await http().get('/health/live')).status).toBe(200);
    const readiness = app.get(ReadinessRegistry);
    readiness.register({ name: 'database', check: async () => undefined });
    expect((await http().get('/health/ready')).body).toMatchObject({ status: 'ok', info: { database: {} } });
    readiness.register({
      name: 'kafka',
      check: async () => {
        throw new Error('down');
      },
    });
    const notReady = await http().get('/health/ready');
    expect(notReady.status).toBe(503);
    expect(notReady.body).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      detail: expect.stringContaining('kafka'),
    });
    const metrics = await http().get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('process_cpu_user_seconds_total');
    const docs = await http().get('/docs-json');
    expect(docs.status).toBe(200);
    expect(docs.body.paths['/notes']).toBeDefined();
    expect(JSON.stringify(docs.body.components.schemas)).toContain('priority');
  });
});
