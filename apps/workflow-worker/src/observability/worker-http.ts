import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type Registry } from 'prom-client';

export interface WorkerHttpOptions {
  readonly host: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly registry: Registry;
  /** Ready to take work: the worker polls and its database answers. */
  readonly ready: () => Promise<boolean>;
  /**
   * The Temporal SDK's Prometheus exporter (workflow/activity task counters and latencies), appended to
   * /metrics so one scrape target covers the worker. Unset: only the worker's own registry.
   */
  readonly sdkMetricsUrl?: string;
}

export interface WorkerHttpServer {
  readonly url: string;
  close(): Promise<void>;
}

/** /healthz (the process answers), /readyz (polling and database reachable) and /metrics for the worker. */
export async function startWorkerHttp(options: WorkerHttpOptions): Promise<WorkerHttpServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const send = (status: number, contentType: string, body: string) => {
      response.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    const json = (status: number, body: unknown) => send(status, 'application/json', JSON.stringify(body));
    if (request.method !== 'GET') return json(405, { status: 'method not allowed' });
    if (path === '/healthz') return json(200, { status: 'ok' });
    if (path === '/readyz') {
      void options
        .ready()
        .catch(() => false)
        .then((ok) => json(ok ? 200 : 503, { status: ok ? 'ready' : 'not ready' }));
      return;
    }
    if (path === '/metrics') {
      void metricsText(options)
        .then((text) => send(200, options.registry.contentType, text))
        .catch((error: unknown) => send(500, 'text/plain', `metrics failed: ${String(error)}`));
      return;
    }
    json(404, { status: 'not found' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function metricsText({ registry, sdkMetricsUrl }: WorkerHttpOptions): Promise<string> {
  const own = await registry.metrics();
  if (!sdkMetricsUrl) return own;
  // The SDK exporter runs in the same process; if it does not answer, the worker's own metrics still do.
  const sdk = await fetch(sdkMetricsUrl, { signal: AbortSignal.timeout(2000) })
    .then((r) => (r.ok ? r.text() : ''))
    .catch(() => '');
  return `${own}\n${sdk}`;
}
