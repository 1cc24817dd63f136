import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase } from '@qorgau/devstack';

// cases-service as its image runs it, without Docker: the folder `pnpm deploy --prod` makes (what
// infra/docker/app.Dockerfile copies into the image), owned by root and read-only, started as an unprivileged
// user with NODE_ENV=production; the schema comes from the migrate command first, as the chart's Job does it.
const root = resolve(__dirname, '..', '..', '..');
// As root (CI), the app runs as `nobody`; a developer's own account is already unprivileged.
const NOBODY = 65534;
const user: { uid?: number; gid?: number } = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<Response> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    try {
      const answer = await fetch(url);
      if (answer.ok) return answer;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('cases-service from its deployed folder (the image layout)', () => {
  const work = mkdtempSync(join(tmpdir(), 'qorgau-image-'));
  const app = join(work, 'app');
  const evidence = join(work, 'evidence');
  let service: ChildProcess | undefined;
  let output = '';
  let env: Record<string, string>;

  beforeAll(async () => {
    const deployed = spawnSync(
      'pnpm',
      ['--filter', '@qorgau/cases-service', 'deploy', '--prod', '--prefer-offline', app],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (deployed.status !== 0) throw new Error(`pnpm deploy failed:\n${deployed.stderr}`);
    // The image: code owned by root, read-only for everyone; only the evidence volume is writable by the app.
    spawnSync('chmod', ['-R', 'a-w,a+rX', app]);
    chmodSync(work, 0o755);
    mkdirSync(evidence);
    if (user.uid !== undefined) spawnSync('chown', [`${user.uid}:${user.gid}`, evidence]);

    // The chart's database settings: the password reaches the driver as PGPASSWORD, never in the URL.
    const url = new URL(await createDatabase(process.env.DATABASE_URL!, `image_${Date.now()}`));
    const password = decodeURIComponent(url.password);
    url.password = '';
    const [apiPort, metricsPort] = [await freePort(), await freePort()];
    env = {
      PATH: process.env.PATH ?? '',
      HOME: '/nonexistent',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      METRICS_PORT: String(metricsPort),
      DATABASE_URL: url.toString(),
      PGPASSWORD: password,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
      TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS!,
      JWT_ISSUER: 'https://sso.example.kz/realms/qorgau',
      JWT_JWKS_URL: 'https://sso.example.kz/realms/qorgau/certs',
      JWT_AUDIENCE: 'qorgau-api',
      CORS_ORIGINS: 'https://qorgau.example.kz',
      EVIDENCE_DIR: evidence,
      // Not this test's subject, and the shared stack's topics belong to other tests.
      OUTBOX_RELAY_ENABLED: 'false',
      SUPPORT_CONSUMER_ENABLED: 'false',
      LOG_LEVEL: 'warn',
    };
  }, 600_000); // pnpm deploy links a few hundred packages: minutes on a loaded machine

  afterAll(() => {
    if (service && service.exitCode === null) service.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
  });

  const runAsApp = (args: string[]) =>
    spawnSync(process.execPath, args, { cwd: app, env, ...user, encoding: 'utf8' });

  it('cannot write its own tree', () => {
    const attempt = runAsApp(['-e', "require('fs').writeFileSync('dist/tampered.js', '')"]);
    expect(attempt.status).not.toBe(0);
    expect(attempt.stderr).toContain('EACCES');
  });

  it('migrates with the migrate command, once', () => {
    const first = runAsApp(['dist/migrate.js']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/cases-service: applied .*CasesServiceTables/);
    const second = runAsApp(['dist/migrate.js']);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('schema is current');
  });

  it('starts as a non-root user in production mode, ready on real infrastructure, hardened', async () => {
    service = spawn(process.execPath, ['dist/main.js'], { cwd: app, env, ...user });
    service.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    service.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const api = `http://127.0.0.1:${env.PORT}`;
    try {
      await waitFor(`${api}/health/ready`, service, 240_000);
    } catch (error) {
      throw new Error(`${String(error)}\n${output.slice(-4000)}`);
    }
    const live = await fetch(`${api}/health/live`);
    expect(live.headers.get('x-content-type-options')).toBe('nosniff');
    // OIDC only: no token, no entry (and no development key to fall back on).
    expect((await fetch(`${api}/me/cases`)).status).toBe(401);
    // Metrics on their own port, not on the API's.
    expect((await fetch(`${api}/metrics`)).status).toBe(404);
    const metrics = await fetch(`http://127.0.0.1:${env.METRICS_PORT}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('process_cpu_seconds_total');
  });

  it('stops on SIGTERM after closing its connections (Nest re-raises the signal once shut down)', async () => {
    const child = service!;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.once('exit', (code, signal) => done({ code, signal })),
    );
    child.kill('SIGTERM');
    const { code, signal } = await exited;
    expect(code === 0 || signal === 'SIGTERM').toBe(true);
    expect(output).not.toMatch(/"level":(50|60)/); // no error or fatal log on the way down
  });
});
