// The drill's client against a real local HTTP server: a refused connection, a 503 and a 409 REQUEST_IN_PROGRESS
// are retried with the same Idempotency-Key; a 4xx refusal is not.
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { newTally, RetryingHttp } from './retrying-http';

const answers: { status: number; body: unknown }[] = [];
const keys: (string | undefined)[] = [];
let server: Server;
let port = 0;

const listen = () =>
  new Promise<void>((resolve) => {
    server = createServer((request, response) => {
      keys.push(request.headers['idempotency-key'] as string | undefined);
      const answer = answers.shift() ?? { status: 200, body: { ok: true } };
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer.body));
    });
    server.listen(port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve();
    });
  });

beforeAll(listen);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => keys.splice(0));

const client = (tally = newTally()) => {
  const url = `http://127.0.0.1:${port}`;
  return new RetryingHttp({ cases: url, notifications: url, wellbeing: url }, tally, 20_000).as('token');
};

it('retries 503 and 409 REQUEST_IN_PROGRESS with the same Idempotency-Key until the answer', async () => {
  answers.push({ status: 503, body: {} }, { status: 409, body: { code: 'REQUEST_IN_PROGRESS' } });
  const tally = newTally();
  const response = await client(tally).post('cases', '/cases', { a: 1 });
  expect(response.status).toBe(200);
  expect(keys).toHaveLength(3);
  expect(new Set(keys).size).toBe(1);
  expect(tally.retries).toEqual({ '503': 1, '409 REQUEST_IN_PROGRESS': 1 });
});

it('retries a refused connection until the server is back', async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  setTimeout(() => void listen(), 700);
  const tally = newTally();
  const response = await client(tally).get('cases', '/cases/1');
  expect(response.status).toBe(200);
  expect(tally.retries.ECONNREFUSED).toBeGreaterThan(0);
});

it('does not retry a refusal by the rules, and throws it as QorgauHttp does', async () => {
  answers.push({ status: 422, body: { code: 'INVALID_COMMAND' } });
  await expect(client().post('cases', '/cases/1/order', {})).rejects.toThrow(/422/);
  expect(keys).toHaveLength(1);
  answers.push({ status: 422, body: { code: 'INVALID_COMMAND' } });
  expect((await client().post('cases', '/x', {}, { allowError: true })).status).toBe(422);
});
