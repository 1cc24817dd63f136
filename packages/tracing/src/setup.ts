import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { resourceFromAttributes, type Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/** What a process got from `startTracing`: the span processor and resource are for Temporal's workflow spans. */
export interface Tracing {
  readonly enabled: boolean;
  readonly serviceName: string;
  readonly spanProcessor: SpanProcessor | undefined;
  readonly resource: Resource | undefined;
  /** Exports what is still buffered and stops; call it last at shutdown. */
  shutdown(): Promise<void>;
}

/** Probes, metrics scrapes and the API docs are not commands: no trace for them. */
const UNTRACED_PATHS = /^\/(health|healthz|readyz|metrics|docs)(\/|$|\?)/;

let current: Tracing | undefined;

/**
 * Sets up OpenTelemetry for this process: W3C trace context, the HTTP server/client instrumentation and a
 * batching OTLP (http/protobuf) exporter, only when `OTEL_EXPORTER_OTLP_ENDPOINT` (or the traces-only
 * variant) is set and `OTEL_SDK_DISABLED` is not `true`. Otherwise nothing is registered: the API stays the
 * no-op one, so spans cost a function call. Call it before anything imports `node:http` (first import of main).
 * The exporter reads the standard `OTEL_EXPORTER_OTLP_*` variables itself; `OTEL_BSP_SCHEDULE_DELAY` (ms) is read here.
 */
export function startTracing(defaultServiceName: string, env: NodeJS.ProcessEnv = process.env): Tracing {
  if (current) return current;
  const serviceName = env.OTEL_SERVICE_NAME || defaultServiceName;
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint || env.OTEL_SDK_DISABLED === 'true') {
    current = disabled(serviceName);
    return current;
  }
  const resource = resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName });
  const delay = Number(env.OTEL_BSP_SCHEDULE_DELAY);
  const spanProcessor = new BatchSpanProcessor({
    exporter: new OTLPTraceExporter(),
    ...(delay > 0 ? { scheduledDelayMillis: delay } : {}),
  });
  const provider = new TracerProvider({ resource, spanProcessors: [spanProcessor] });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.test(request.url ?? ''),
        // Outgoing calls only inside a trace (a JWKS fetch at boot is not one).
        requireParentforOutgoingSpans: true,
      }),
    ],
  });
  current = {
    enabled: true,
    serviceName,
    spanProcessor,
    resource,
    shutdown: () => provider.shutdown(),
  };
  return current;
}

/** The process's tracing, or the disabled one when `startTracing` was not called. */
export function currentTracing(): Tracing {
  return current ?? disabled('unknown_service');
}

function disabled(serviceName: string): Tracing {
  return {
    enabled: false,
    serviceName,
    spanProcessor: undefined,
    resource: undefined,
    shutdown: () => Promise.resolve(),
  };
}
