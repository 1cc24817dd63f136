import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Body, Controller, Get, Module, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import {
  authOptionsFromEnv,
  configureApp,
  DevTokenIssuer,
  httpHardeningFromEnv,
  MetricsService,
  ServiceKitModule,
  type HttpHardening,
  type Principal,
} from '../src';

const keysDir = mkdtempSync(join(tmpdir(), 'qorgau-keys-'));
const WEB_ORIGIN = 'https://qorgau.example.kz';

@Controller('notes')
class NotesController {
  @Get()
  list() {
    return [];
  }

  @Post()
  create(@Body() note: unknown) {
    return { received: note };
  }
}

const hardening: HttpHardening = {
  corsOrigins: [WEB_ORIGIN],
  bodyLimit: '2kb',
  commandsPerMinute: 3,
  metricsPort: 0,
};

@Module({
  imports: [
    ServiceKitModule.forRoot({
      serviceName: 'test',
      auth: { mode: 'dev', keysDir },
      logLevel: 'silent',
      hardening,
    }),
  ],
  controllers: [NotesController],
})
class TestAppModule {}

const person = (personRef: string): Principal => ({
  personRef,
  roles: ['investigator'],
  unitId: 'unit-1',
  locale: 'ru',
});

describe('HTTP hardening over HTTP', () => {
  let app: INestApplication;
  let issuer: DevTokenIssuer;
  let metricsPort: number;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [TestAppModule] }).compile();
    app = moduleRef.createNestApplication({ bufferLogs: true });
    configureApp(app, { title: 'test', hardening });
    await app.init();
    metricsPort = await app.get(MetricsService).listen(0, '127.0.0.1');
    issuer = await DevTokenIssuer.create(keysDir);
  });

  afterAll(() => app.close());

  const http = () => request(app.getHttpServer());
  const bearer = async (personRef: string) => `Bearer ${await issuer.issue(person(personRef))}`;

  it('sends security headers (helmet) on every answer', async () => {
    const answer = await http().get('/health/live').expect(200);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(answer.headers['x-powered-by']).toBeUndefined();
  });

  it('refuses a body over the limit with 413 problem+json before the handler', async () => {
    const answer = await http()
      .post('/notes')
      .set('authorization', await bearer('officer-body'))
      .send({ text: 'x'.repeat(4096) })
      .expect(413);
    expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(answer.body).toMatchObject({ status: 413 });
  });

  it('allows CORS for the configured web origin only', async () => {
    const allowed = await http()
      .options('/notes')
      .set('origin', WEB_ORIGIN)
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'authorization,content-type');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe(WEB_ORIGIN);
    expect(allowed.headers['access-control-allow-headers']).toContain('authorization');

    const foreign = await http()
      .options('/notes')
      .set('origin', 'https://evil.example')
      .set('access-control-request-method', 'POST');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('limits commands per person (the token subject), not reads, with 429 and Retry-After', async () => {
    const alice = await bearer('officer-alice');
    for (let i = 0; i < 3; i++) {
      await http().post('/notes').set('authorization', alice).send({ n: i }).expect(201);
    }
    const refused = await http().post('/notes').set('authorization', alice).send({ n: 4 }).expect(429);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    // The token's locale (ru here) says the limit in its own words; English says it in English.
    expect(refused.body.detail).toMatch(/не более 3 за 60 с на человека/);
    const inEnglish = await http()
      .post('/notes')
      .set('authorization', alice)
      .set('accept-language', 'en')
      .send({ n: 5 })
      .expect(429);
    expect(inEnglish.body.detail).toMatch(/at most 3 per 60 s per person/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Reads stay open to the same person; another person has a bucket of their own.
    await http().get('/notes').set('authorization', alice).expect(200);
    await http()
      .post('/notes')
      .set('authorization', await bearer('officer-bob'))
      .send({ n: 1 })
      .expect(201);
  });

  it('serves /metrics on the metrics port only', async () => {
    const onApi = await http().get('/metrics').expect(404);
    expect(onApi.headers['content-type']).toMatch(/application\/problem\+json/);
    const scrape = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(scrape.status).toBe(200);
    expect(await scrape.text()).toContain('process_cpu_seconds_total');
    expect((await fetch(`http://127.0.0.1:${metricsPort}/health/live`)).status).toBe(404);
  });
});

describe('hardening settings from the environment', () => {
  it('production defaults: no CORS, 1 MB bodies, 120 commands a minute, /metrics on the API port', () => {
    expect(httpHardeningFromEnv({ NODE_ENV: 'production' })).toEqual({
      corsOrigins: [],
      bodyLimit: '1mb',
      commandsPerMinute: 120,
      metricsPort: undefined,
    });
  });

  it('unset NODE_ENV counts as production; development mode allows scripted bursts', () => {
    expect(httpHardeningFromEnv({}).commandsPerMinute).toBe(120);
    expect(httpHardeningFromEnv({ NODE_ENV: 'development' }).commandsPerMinute).toBe(10_000);
    expect(
      httpHardeningFromEnv({ NODE_ENV: 'development', RATE_LIMIT_COMMANDS_PER_MINUTE: '30' })
        .commandsPerMinute,
    ).toBe(30);
  });

  it('parses origins to their canonical form and names a bad setting', () => {
    expect(
      httpHardeningFromEnv({ CORS_ORIGINS: 'https://a.example.kz/, https://b.example.kz:8443' }).corsOrigins,
    ).toEqual(['https://a.example.kz', 'https://b.example.kz:8443']);
    expect(() => httpHardeningFromEnv({ CORS_ORIGINS: 'not a url' })).toThrow(/CORS_ORIGINS/);
    expect(() => httpHardeningFromEnv({ HTTP_BODY_LIMIT: 'lots' })).toThrow(/HTTP_BODY_LIMIT/);
    expect(() => httpHardeningFromEnv({ RATE_LIMIT_COMMANDS_PER_MINUTE: '0' })).toThrow(
      /RATE_LIMIT_COMMANDS_PER_MINUTE/,
    );
  });
});

describe('token verification outside development', () => {
  const oidc = {
    JWT_ISSUER: 'https://sso.example.kz/realms/qorgau',
    JWT_JWKS_URL: 'https://sso.example.kz/realms/qorgau/certs',
    JWT_AUDIENCE: 'qorgau-api',
  };

  it.each([['production'], [undefined], ['staging']])(
    'NODE_ENV=%s without OIDC settings is refused, naming each missing one',
    (nodeEnv) => {
      expect(() => authOptionsFromEnv({}, { nodeEnv })).toThrow(
        /JWT_ISSUER[\s\S]*JWT_JWKS_URL[\s\S]*JWT_AUDIENCE/,
      );
      expect(() => authOptionsFromEnv({ ...oidc, JWT_AUDIENCE: undefined }, { nodeEnv })).toThrow(
        /JWT_AUDIENCE/,
      );
      expect(authOptionsFromEnv(oidc, { nodeEnv })).toMatchObject({ mode: 'oidc', audience: 'qorgau-api' });
    },
  );

  it.each([['development'], ['test']])('NODE_ENV=%s may use the development keys', (nodeEnv) => {
    expect(authOptionsFromEnv({ JWT_DEV_KEYS_DIR: keysDir }, { nodeEnv })).toEqual({
      mode: 'dev',
      keysDir,
    });
  });
});
