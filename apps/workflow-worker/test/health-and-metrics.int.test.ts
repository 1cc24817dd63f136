import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createDatabase, freePort, waitFor } from '@qorgau/devstack';
import { decide, evolve, initialCaseState, type CaseCommand } from '@qorgau/domain';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';

// The worker as it runs in production (dist/src/main.js), probed and scraped over HTTP like Kubernetes and
// Prometheus do: liveness, readiness, its own metrics and the Temporal SDK's, the overdue-deadline gauge.
const REPORT: CaseCommand = {
  type: 'ReportCase',
  source: 'report',
  parties: [
    { personRef: 'a', roles: ['applicant', 'subject'] },
    { personRef: 'b', roles: ['subject'] },
  ],
  violations: [
    {
      id: 'v1',
      description: 'Insults during a shift',
      misconductType: 'conflict-between-colleagues',
      gravity: 'ordinary',
      committedOn: '2025-03-28',
      discoveredOn: '2025-03-31',
      subjectRefs: ['a', 'b'],
    },
  ],
};

let worker: ChildProcess;
let output = '';
let base: string;
let databaseUrl: string;
let taskQueue: string;

beforeAll(async () => {
  databaseUrl = await createDatabase(
    process.env.DATABASE_URL!,
    `worker_http_${randomBytes(3).toString('hex')}`,
  );
  const [httpPort, sdkPort] = [await freePort(), await freePort()];
  base = `http://127.0.0.1:${httpPort}`;
  worker = spawn(process.execPath, [path.resolve(__dirname, '..', 'dist', 'src', 'main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      WORKER_RUN_MIGRATIONS: 'true',
      TEMPORAL_TASK_QUEUE: (taskQueue = `worker-http-${randomBytes(3).toString('hex')}`),
      WORKER_HTTP_HOST: '127.0.0.1',
      WORKER_HTTP_PORT: String(httpPort),
      WORKER_SDK_METRICS_ADDRESS: `127.0.0.1:${sdkPort}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  worker.stdout!.on('data', (chunk) => (output += String(chunk)));
  worker.stderr!.on('data', (chunk) => (output += String(chunk)));
  await waitFor('the worker to be ready', async () => (await fetch(`${base}/readyz`)).status === 200, {
    timeoutMs: 90_000,
    intervalMs: 500,
    gaveUp: () => (worker.exitCode !== null ? `the worker exited:\n${output}` : undefined),
  });
}, 120_000);

afterAll(async () => {
  if (worker && worker.exitCode === null) {
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill('SIGTERM');
    await exited;
  }
});

describe('workflow-worker health and metrics', () => {
  it('answers the liveness and readiness probes', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('exports its own metrics and the Temporal SDK worker metrics on /metrics', async () => {
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^workflow_worker_running 1$/m);
    expect(text).toMatch(/^process_cpu_seconds_total /m);
    // From the SDK's exporter: the worker's task slots per task kind.
    expect(text).toMatch(/^temporal_worker_task_slots_available\{/m);
  });

  it('counts the overdue legal deadlines of open cases by clock', async () => {
    const caseId = `case-${randomBytes(4).toString('hex')}`;
    const decided = decide(initialCaseState(caseId), REPORT, '2025-04-01T12:00:00+05:00');
    if (!decided.ok) throw new Error(JSON.stringify(decided.error));
    const state = decided.value.reduce(evolve, initialCaseState(caseId));
    const db = await new DataSource({ type: 'postgres', url: databaseUrl }).initialize();
    try {
      await db.query(
        `INSERT INTO cases."case" (id, stage, state, version, created_at, updated_at) VALUES ($1, $2, $3, 1, now(), now())`,
        [caseId, state.stage, JSON.stringify(state)],
      );
    } finally {
      await db.destroy();
    }
    // Reported in April 2025 and never investigated: the limitation clock of both officers ran out on 30 April.
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/^cases_overdue_deadlines\{clock="limitation-from-discovery"\} 2$/m);
  });

  it('exports every metric the alert rules and the dashboard name', async () => {
    // A workflow type the worker does not know fails its workflow task: the SDK counts it.
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
    try {
      const client = new TemporalClient({
        connection,
        namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
      });
      const handle = await client.workflow.start('noSuchWorkflow', {
        taskQueue,
        workflowId: `unknown-${randomBytes(4).toString('hex')}`,
      });
      let text = '';
      await waitFor(
        'a failed workflow task to be counted',
        async () => {
          text = await (await fetch(`${base}/metrics`)).text();
          return /^temporal_workflow_task_execution_failed\b/m.test(text);
        },
        { timeoutMs: 30_000, intervalMs: 500 },
      );
      await handle.terminate('test done');
      expect(text).toMatch(/^temporal_workflow_task_execution_failed\{[^}]*workflow_type="noSuchWorkflow"/m);

      const monitoring = path.resolve(__dirname, '..', '..', '..', 'infra', 'monitoring');
      const named = new Set(
        [
          readFileSync(path.join(monitoring, 'prometheus', 'qorgau-alerts.yml'), 'utf8'),
          readFileSync(path.join(monitoring, 'grafana', 'qorgau-dashboard.json'), 'utf8'),
        ].flatMap(
          (source) => source.match(/\b(?:cases|notifications|wellbeing|workflow|temporal)_[a-z_]+\b/g) ?? [],
        ),
      );
      const scraped = new Set([...text.matchAll(/^([a-z_:]+)[{ ]/gm)].map((m) => m[1]));
      const registeredByServices = new Set(
        sourcesOf(path.resolve(__dirname, '..', '..')).flatMap((source) =>
          [...source.matchAll(/\.(?:counter|gauge|histogram)(?:<[^>]*>)?\(\s*'([a-z_]+)'/g)].map((m) => m[1]),
        ),
      );
      // Label names the rules group by (e.g. workflow_type) must be labels of a scraped series.
      const isLabel = (name: string) => text.includes(`${name}="`);
      const missing = [...named].filter(
        (name) => !scraped.has(name) && !registeredByServices.has(name) && !isLabel(name),
      );
      expect(missing).toEqual([]);
      expect(named.size).toBeGreaterThanOrEqual(8);
    } finally {
      await connection.close();
    }
  }, 60_000);
});

/** The TypeScript sources of every app (the services register their metrics through MetricsService). */
function sourcesOf(appsDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const file = path.join(dir, entry);
      if (statSync(file).isDirectory()) walk(file);
      else if (file.endsWith('.ts') && !file.endsWith('.test.ts')) out.push(readFileSync(file, 'utf8'));
    }
  };
  for (const app of readdirSync(appsDir)) {
    const src = path.join(appsDir, app, 'src');
    try {
      if (statSync(src).isDirectory()) walk(src);
    } catch {
      // an app without src/
    }
  }
  return out;
}
