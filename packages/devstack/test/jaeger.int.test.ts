import { randomBytes } from 'node:crypto';
import { startJaeger, type JaegerHandle } from '../src/jaeger';

// Jaeger as the local run starts it: a span sent over OTLP/HTTP is found through the query API.
let jaeger: JaegerHandle;

beforeAll(async () => {
  jaeger = await startJaeger();
}, 60 * 60_000); // the first run builds Jaeger from the Go module proxy

afterAll(async () => {
  await jaeger?.stop();
});

it('accepts OTLP traces and serves them through its query API', async () => {
  const traceId = randomBytes(16).toString('hex');
  const nowNs = BigInt(Date.now()) * 1_000_000n;
  const response = await fetch(`${jaeger.otlpHttpEndpoint}/v1/traces`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'devstack-it' } }] },
          scopeSpans: [
            {
              spans: [
                {
                  traceId,
                  spanId: randomBytes(8).toString('hex'),
                  name: 'POST /cases',
                  kind: 2,
                  startTimeUnixNano: String(nowNs - 5_000_000n),
                  endTimeUnixNano: String(nowNs),
                },
              ],
            },
          ],
        },
      ],
    }),
  });
  expect(response.status).toBe(200);
  let trace: { data?: { spans: { operationName: string }[] }[] } = {};
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const found = await fetch(`${jaeger.uiUrl}/api/traces/${traceId}`);
    if (found.ok) {
      trace = (await found.json()) as typeof trace;
      if (trace.data?.[0]?.spans.length) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  expect(trace.data?.[0]?.spans.map((s) => s.operationName)).toEqual(['POST /cases']);
}, 60_000);
