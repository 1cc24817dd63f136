import { context, propagation, type Context } from '@opentelemetry/api';

/** The W3C headers (`traceparent`, `tracestate`) of the active span; empty when nothing is traced. */
export function traceHeaders(from: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(from, carrier);
  return carrier;
}

/**
 * The context a message or a stored row carries in its headers, to continue its trace later or elsewhere
 * (outbox relay, Kafka consumer, e-mail sender). Header values may be Kafka's Buffers.
 */
export function contextFromHeaders(
  headers: Readonly<Record<string, string | Buffer | (string | Buffer)[] | undefined>> | undefined | null,
): Context {
  const carrier: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers ?? {})) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined) carrier[name.toLowerCase()] = value.toString();
  }
  return propagation.extract(context.active(), carrier);
}
