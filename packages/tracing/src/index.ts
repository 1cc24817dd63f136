export { startTracing, currentTracing, type Tracing } from './setup';
export { traceHeaders, contextFromHeaders } from './propagation';
export { withSpan, startSpanFromHeaders, SpanKind, type OpenSpan, type SpanOptions } from './spans';
export { fromLegacySpan, legacySpanProcessor } from './legacy-spans';
export { httpRouteSpanNames } from './http-route';
