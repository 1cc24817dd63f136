import type { Context, SpanContext } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace';

/**
 * A finished span in the shape of OpenTelemetry JS SDK 1.x, which Temporal's workflow interceptors (1.24) still
 * build inside the workflow sandbox and hand over through a sink: `parentSpanId` and `instrumentationLibrary`
 * where SDK 2+ has `parentSpanContext` and `instrumentationScope`.
 */
type LegacySpan = Omit<ReadableSpan, 'parentSpanContext' | 'instrumentationScope'> & {
  readonly parentSpanId?: string;
  readonly parentSpanContext?: SpanContext;
  readonly instrumentationLibrary?: ReadableSpan['instrumentationScope'];
  readonly instrumentationScope?: ReadableSpan['instrumentationScope'];
};

/** The same span in the current SDK's shape (its parent and scope where the exporter looks for them). */
export function fromLegacySpan(span: LegacySpan): ReadableSpan {
  const spanContext = span.spanContext();
  const parentSpanContext =
    span.parentSpanContext ??
    (span.parentSpanId
      ? { traceId: spanContext.traceId, spanId: span.parentSpanId, traceFlags: spanContext.traceFlags }
      : undefined);
  const instrumentationScope = span.instrumentationScope ??
    span.instrumentationLibrary ?? { name: '@temporalio/interceptor-workflow' };
  return { ...span, spanContext: () => spanContext, parentSpanContext, instrumentationScope };
}

/** A span processor that accepts 1.x-shaped spans (Temporal's workflow sink) and forwards them converted. */
export function legacySpanProcessor(target: SpanProcessor | undefined): SpanProcessor {
  return {
    onStart: (span: Span, parent: Context) => target?.onStart(span, parent),
    onEnd: (span: ReadableSpan) => target?.onEnd(fromLegacySpan(span as LegacySpan)),
    forceFlush: () => target?.forceFlush() ?? Promise.resolve(),
    shutdown: () => Promise.resolve(),
  };
}
