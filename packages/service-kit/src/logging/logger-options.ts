import { type IncomingMessage } from 'node:http';
import { type Params } from 'nestjs-pino';
import { requestIdOf, REQUEST_ID_HEADER } from '../request-context/request-context';

/** JSON logs with the request id on every line; tokens and cookies never reach them. */
export function loggerParams(serviceName: string, level: string): Params {
  return {
    pinoHttp: {
      level,
      base: { service: serviceName },
      genReqId: (req: IncomingMessage) =>
        (req as IncomingMessage & { id?: string }).id ?? requestIdOf(req.headers[REQUEST_ID_HEADER]),
      customAttributeKeys: { reqId: 'requestId' },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      // Probes and scrapes would drown the useful lines.
      autoLogging: { ignore: (req) => /^\/(health|metrics)/.test(req.url ?? '') },
    },
  };
}
