import { type INestApplication } from '@nestjs/common';

export interface Route {
  readonly method: string;
  readonly path: string;
}

/** Every route Express has registered for the app, read from its router (Express 5); a route-scoped middleware (the evidence raw body) is a layer of its own, hence the dedupe. */
export function registeredRoutes(app: INestApplication): Route[] {
  const express = app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return express.router.stack
    .flatMap((layer) =>
      layer.route
        ? Object.keys(layer.route.methods)
            .filter((m) => m !== '_all')
            .map((method) => ({ method: method.toUpperCase(), path: layer.route!.path }))
        : [],
    )
    .filter((r) => r.path.startsWith('/') && !r.path.startsWith('/docs'))
    .filter((r, i, all) => all.findIndex((x) => x.method === r.method && x.path === r.path) === i);
}
