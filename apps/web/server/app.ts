import { existsSync } from 'node:fs';
import { join } from 'node:path';
import proxy from '@fastify/http-proxy';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { contentSecurityPolicy } from './csp';
import { type WebServerSettings } from './settings';

/** Paths of the app's API as the browser sees them; each is proxied to its service with the prefix stripped. */
export const API_PREFIXES = {
  cases: '/api/cases',
  notifications: '/api/notifications',
  wellbeing: '/api/wellbeing',
};

/**
 * The production server of the built app: static files with an SPA fallback and strict headers, the settings
 * the app reads at start (/config.json), and the three APIs under /api/* (Authorization passed through).
 */
export async function buildWebServer(
  settings: WebServerSettings,
  options: { logLevel?: string } = {},
): Promise<FastifyInstance> {
  if (!existsSync(join(settings.staticDir, 'index.html'))) {
    throw new Error(`${settings.staticDir}/index.html is missing: run \`pnpm build\` in apps/web`);
  }
  const app = Fastify({
    logger: { level: options.logLevel ?? process.env.LOG_LEVEL ?? 'info' },
    trustProxy: true,
  });
  const csp = contentSecurityPolicy(settings.oidc.authority);

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!request.url.startsWith('/api/')) {
      reply.header('content-security-policy', csp);
      reply.header('x-frame-options', 'DENY');
    }
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/config.json', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { oidc: settings.oidc, api: API_PREFIXES };
  });

  for (const [name, prefix] of Object.entries(API_PREFIXES) as [keyof typeof API_PREFIXES, string][]) {
    await app.register(proxy, {
      upstream: settings.upstreams[name],
      prefix,
      rewritePrefix: '',
      // Uploads (Protection Act files) pass through as raw bytes.
      proxyPayloads: true,
    });
  }

  await app.register(fastifyStatic, {
    root: settings.staticDir,
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      // Hashed bundles never change; index.html must always be fresh.
      res.setHeader(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });

  // Any other GET of a page is the single-page app; it routes on the client.
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' || request.url.startsWith('/api/') || request.url.startsWith('/assets/')) {
      return reply.code(404).type('application/problem+json').send({
        type: 'urn:qorgau:problem:not-found',
        title: 'Not found',
        status: 404,
        code: 'NOT_FOUND',
        detail: '',
        instance: request.url,
      });
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
  return app;
}
