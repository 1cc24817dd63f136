import {
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
} from '@opentelemetry/api';
import { contextFromHeaders, traceHeaders } from './propagation';

export { SpanKind };

const tracer = () => trace.getTracer('@qorgau/tracing');

const asException = (error: unknown): Error | string =>
  error instanceof Error ? error : typeof error === 'string' ? error : JSON.stringify(error);

export interface SpanOptions {
  readonly kind?: SpanKind;
  readonly attributes?: Attributes;
  /** The parent, when it is not the active context (a message's or a stored row's). */
  readonly parent?: Context;
}

/** Runs `fn` in a new active span; a throw marks the span failed and is rethrown. */
export async function withSpan<T>(
  name: string,
  options: SpanOptions,
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  const run = async (span: Span): Promise<T> => {
    try {
      return await fn(span);
    } catch (error) {
      span.recordException(asException(error));
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  };
  const spanOptions = { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes };
  return options.parent
    ? tracer().startActiveSpan(name, spanOptions, options.parent, run)
    : tracer().startActiveSpan(name, spanOptions, run);
}

/** A span begun for work that ends elsewhere: its W3C headers to send on, and `end` when it is done. */
export interface OpenSpan {
  readonly headers: Record<string, string>;
  end(error?: unknown): void;
}

/**
 * Starts a span as the child of the context stored in `parentHeaders` (an outbox row's, a delivery's), without
 * making it active: several go out in one Kafka request, each continuing its own command's trace.
 */
export function startSpanFromHeaders(
  name: string,
  parentHeaders: Readonly<Record<string, string>> | null | undefined,
  options: Omit<SpanOptions, 'parent'> = {},
): OpenSpan {
  const parent = contextFromHeaders(parentHeaders);
  const span = tracer().startSpan(
    name,
    { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes },
    parent,
  );
  return {
    headers: traceHeaders(trace.setSpan(parent, span)),
    end: (error?: unknown) => {
      if (error !== undefined) {
        span.recordException(asException(error));
        span.setStatus({ code: SpanStatusCode.ERROR });
      }
      span.end();
    },
  };
}
