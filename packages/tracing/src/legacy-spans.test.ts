import { fromLegacySpan } from './legacy-spans';

describe('fromLegacySpan', () => {
  const spanContext = { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), traceFlags: 1 };
  const legacy = {
    name: 'HandleUpdate:execute',
    spanContext: () => spanContext,
    parentSpanId: 'c'.repeat(16),
    instrumentationLibrary: { name: '@temporalio/interceptor-workflow' },
    attributes: { workflowId: 'case-1' },
  };

  it('gives the parent as a span context of the same trace and the library as the scope', () => {
    const span = fromLegacySpan(legacy as never);
    expect(span.parentSpanContext).toEqual({ ...spanContext, spanId: 'c'.repeat(16) });
    expect(span.instrumentationScope).toEqual({ name: '@temporalio/interceptor-workflow' });
    expect(span.spanContext()).toBe(spanContext);
    expect(span.name).toBe('HandleUpdate:execute');
    expect(span.attributes).toEqual({ workflowId: 'case-1' });
  });

  it('leaves a root span without a parent', () => {
    const span = fromLegacySpan({ ...legacy, parentSpanId: undefined } as never);
    expect(span.parentSpanContext).toBeUndefined();
  });
});
