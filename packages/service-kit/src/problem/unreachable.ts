// A request that failed because a dependency could not be reached (its database restarting, a connection cut)
// says 503 SERVICE_UNAVAILABLE, not 500: nothing is wrong with the request, the caller should retry. Found by
// the fault drill (tests/drills): a read during a PostgreSQL restart answered 500 with ECONNREFUSED, and a query
// of a case while its worker restarted answered 500 with "no poller seen for task queue recently".

/** Socket errors of a connection that could not be made or was cut. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

/**
 * PostgreSQL SQLSTATEs of a server that is going away or not there yet: class 08 (connection exception),
 * 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now.
 */
const isPostgresUnavailable = (code: string) => code.startsWith('08') || /^57P0[123]$/.test(code);

/** node-postgres' own messages when the server vanished mid-connection (they carry no code). */
const CUT_MESSAGES = [
  /Connection terminated unexpectedly/,
  /Connection terminated due to connection timeout/,
];

/**
 * gRPC statuses (the Temporal client's ServiceError keeps them as its cause): 14 UNAVAILABLE, the server is not
 * there; 9 FAILED_PRECONDITION "no poller seen for task queue recently", no worker is there to answer a query.
 */
const GRPC_UNAVAILABLE = 14;
const GRPC_FAILED_PRECONDITION = 9;
const NO_WORKER = /no poller seen/;

export function isDependencyUnreachable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  // TypeORM's QueryFailedError copies the driver's fields and keeps it as driverError.
  const { code, message, details, driverError, cause } = error as {
    code?: unknown;
    message?: unknown;
    details?: unknown;
    driverError?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || isPostgresUnavailable(code))) return true;
  if (typeof message === 'string' && CUT_MESSAGES.some((pattern) => pattern.test(message))) return true;
  if (code === GRPC_UNAVAILABLE) return true;
  if (
    code === GRPC_FAILED_PRECONDITION &&
    [details, message].some((t) => typeof t === 'string' && NO_WORKER.test(t))
  )
    return true;
  return [driverError, cause].some(
    (inner) => inner !== undefined && inner !== error && isDependencyUnreachable(inner),
  );
}
