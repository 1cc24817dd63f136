import { type Server } from 'node:http';
import { type Duplex } from 'node:stream';
import { makeProblem } from '@qorgau/contracts';

const BODY = JSON.stringify(
  makeProblem({
    code: 'VALIDATION_FAILED',
    status: 400,
    title: 'Bad Request',
    detail:
      'The request could not be parsed: a header or the request line holds characters HTTP does not allow.',
    instance: '/',
  }),
);

/**
 * Node's HTTP parser refuses a request with, say, a control character in a header before any handler runs,
 * and by default answers a bare 400 without a body. Every documented error is problem+json, so this one is too.
 */
export function answerMalformedRequests(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    socket.end(
      'HTTP/1.1 400 Bad Request\r\n' +
        'Content-Type: application/problem+json\r\n' +
        `Content-Length: ${Buffer.byteLength(BODY)}\r\n` +
        'Connection: close\r\n\r\n' +
        BODY,
    );
  });
}
