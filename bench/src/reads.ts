// GET /cases/{id} against its floor: a bare Node HTTP server doing the same SELECT of the same row on the same
// Postgres (pg pool of the same size as cases-service's), both driven by the same closed-loop client.
// Usage: pnpm --filter @qorgau/bench reads [--concurrency 10] [--seconds 20]
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { kazakhstanDate, QorgauHttp, seedReport } from '@qorgau/local-system';
import { Pool } from 'pg';
import { closedLoop, type LoadResult } from './load';
import { report, round } from './report';
import { benchSystem } from './system';

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};

/** The floor: one SELECT of the projection row per request, JSON out. */
async function bareServer(databaseUrl: string): Promise<{ url: string; close: () => Promise<void> }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const server: Server = createServer((req, res) => {
    const id = decodeURIComponent((req.url ?? '').split('/').pop() ?? '');
    pool
      .query('SELECT id, stage, state, version FROM cases."case" WHERE id = $1', [id])
      .then(({ rows }) => {
        res.writeHead(rows.length ? 200 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify(rows[0] ?? null));
      })
      .catch(() => {
        res.writeHead(500);
        res.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/cases`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

async function main(): Promise<void> {
  const concurrency = arg('concurrency', 10);
  const seconds = arg('seconds', 20);
  const system = await benchSystem('reads');
  try {
    const head = system.seed.people['head-1']!.token;
    const http = new QorgauHttp(system.urls).as(head);
    const today = kazakhstanDate(Date.now());
    const created = await http.post<{ caseId: string }>('cases', '/cases', seedReport(today, today));
    const caseId = created.body.caseId;
    const floor = await bareServer(system.databases.cases);
    let bare: LoadResult;
    try {
      // Warm both, then measure the floor first and Qorgau second, one at a time.
      await closedLoop(`${floor.url}/${caseId}`, { concurrency, seconds: 2 });
      bare = await closedLoop(`${floor.url}/${caseId}`, { concurrency, seconds });
    } finally {
      await floor.close();
    }
    const auth = { authorization: `Bearer ${head}` };
    await closedLoop(`${system.urls.cases}/cases/${caseId}`, { concurrency, seconds: 2, headers: auth });
    const qorgau = await closedLoop(`${system.urls.cases}/cases/${caseId}`, {
      concurrency,
      seconds,
      headers: auth,
    });
    const row = (what: string, r: LoadResult) => ({
      what,
      'req/s': round(r.perSecond),
      'p50 ms': round(r.p50Ms),
      'p99 ms': round(r.p99Ms),
      errors: r.errors,
    });
    const ratio = qorgau.perSecond / bare.perSecond;
    report('reads', [row('bare HTTP + SELECT (floor)', bare), row('GET /cases/{id} (audited)', qorgau)], {
      concurrency,
      seconds,
      ratio: round(ratio, 3),
      goal: 0.3,
    });
    console.log(`reads: ${(ratio * 100).toFixed(1)} % of the floor (goal ≥ 30 %)`);
  } finally {
    await system.stop();
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
