import { startTracing } from '@qorgau/tracing';

/** Imported first by main.ts: the HTTP instrumentation must patch node:http before NestJS loads it. */
startTracing('notifications-service');
