# syntax=docker/dockerfile:1
# The image of each app, from one recipe (build context: the repo root; .dockerignore there). APP is the folder
# under apps/; the final stage is `http` (the NestJS services) unless a target is named:
#   docker build -f infra/docker/app.Dockerfile --build-arg APP=cases-service -t qorgau/cases-service .
#   docker build -f infra/docker/app.Dockerfile --build-arg APP=notifications-service -t qorgau/notifications-service .
#   docker build -f infra/docker/app.Dockerfile --build-arg APP=wellbeing-service -t qorgau/wellbeing-service .
#   docker build -f infra/docker/app.Dockerfile --build-arg APP=workflow-worker --target worker -t qorgau/workflow-worker .
#   docker build -f infra/docker/app.Dockerfile --build-arg APP=web --target web -t qorgau/web .
# Target `setup` (APP=wellbeing-service) is the compose profile's one-shot setup (infra/docker/setup.cjs).
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS build
ENV CI=true \
    COREPACK_ENABLE_DOWNLOAD_PROMPT=0 \
    TURBO_TELEMETRY_DISABLED=1 \
    DO_NOT_TRACK=1 \
    SCARF_ANALYTICS=false
WORKDIR /repo
# pnpm at the version of package.json#packageManager, through corepack.
COPY package.json ./
RUN corepack enable pnpm && corepack install
# Every package of the lockfile into pnpm's store: this layer changes only with the lockfile.
COPY pnpm-lock.yaml .npmrc ./
RUN pnpm fetch
# The sources; install from the store alone. The layers so far are the same for the four apps.
COPY . .
RUN pnpm install --frozen-lockfile --offline
ARG APP
RUN test -n "$APP" || { echo 'build with --build-arg APP=<folder under apps/> (package @qorgau/<folder>)' >&2; exit 1; }
# The app and the workspace packages it depends on (the worker's build also bundles its workflows).
RUN pnpm exec turbo run build --filter="@qorgau/${APP}..."
# The app with its production dependencies only; the workspace packages come along with their dist.
RUN pnpm deploy --filter="@qorgau/${APP}" --prod --offline /prod/app
# Temporal's native core bridge ships builds for macOS and Windows too (~80 MB): keep Linux (x64, arm64) only.
RUN find /prod/app/node_modules/.pnpm -path '*/@temporalio/core-bridge/releases/*' -prune ! -name '*-linux-gnu' \
      -exec rm -rf {} +

FROM ${NODE_IMAGE} AS runtime
# HOST 0.0.0.0: reachable from outside the container. The data folders belong to `node` (the image's non-root
# user), so named volumes mounted there start with that owner; the code stays root's, read-only to the app.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    JWT_DEV_KEYS_DIR=/var/lib/qorgau/dev-keys \
    EVIDENCE_DIR=/var/lib/qorgau/evidence
RUN mkdir -p /var/lib/qorgau/dev-keys /var/lib/qorgau/evidence && chown -R node:node /var/lib/qorgau
WORKDIR /app
COPY --from=build /prod/app/package.json ./
COPY --from=build /prod/app/node_modules ./node_modules
COPY --from=build /prod/app/dist ./dist
USER node
# `node .` runs package.json#main: dist/main.js, or dist/src/main.js for the worker.
CMD ["node", "."]

# The compose profile's one-shot setup: databases, wellbeing's role, Kafka topics (APP=wellbeing-service).
FROM runtime AS setup
COPY infra/docker/setup.cjs ./setup.cjs
CMD ["node", "setup.cjs"]

# No HTTP: the worker's log says `workflow-worker polling <queue>` once it is up.
FROM runtime AS worker

# The web app (APP=web): its server sends the static build with a strict Content-Security-Policy, /config.json
# from the WEB_* variables and proxies /api/{cases,notifications,wellbeing}/* to the services.
FROM runtime AS web
COPY --from=build /prod/app/dist-server ./dist-server
ENV PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=5s --timeout=4s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist-server/main.js"]

# The NestJS services (the default target).
FROM runtime AS http
EXPOSE 3000
HEALTHCHECK --interval=5s --timeout=4s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
