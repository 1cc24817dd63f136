import { propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { contextFromHeaders, traceHeaders } from './propagation';
import { startTracing } from './setup';

describe('tracing without an endpoint', () => {
  it('registers nothing: spans stay the no-op ones and nothing is injected', () => {
    const tracing = startTracing('cases-service', {});
    expect(tracing.enabled).toBe(false);
    expect(tracing.spanProcessor).toBeUndefined();
    expect(traceHeaders()).toEqual({});
  });
});

describe('W3C trace context through stored and Kafka headers', () => {
  const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
  beforeAll(() => propagation.setGlobalPropagator(new W3CTraceContextPropagator()));
  afterAll(() => propagation.disable());

  it('reads a traceparent kept as a string or as a Kafka Buffer, and writes it back the same', () => {
    for (const value of [traceparent, Buffer.from(traceparent), [Buffer.from(traceparent)]]) {
      const context = contextFromHeaders({ traceparent: value, 'x-request-id': 'r-1' });
      expect(trace.getSpanContext(context)).toMatchObject({
        traceId: '0af7651916cd43dd8448eb211c80319c',
        spanId: 'b7ad6b7169203331',
        isRemote: true,
      });
      expect(traceHeaders(context)).toEqual({ traceparent });
    }
  });

  it('gives an empty context for a row stored without one', () => {
    expect(trace.getSpanContext(contextFromHeaders(null))).toBeUndefined();
  });
});
