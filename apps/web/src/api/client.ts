import createClient, { type Middleware } from 'openapi-fetch';
import { type WebConfig } from '../config';
import { type paths as CasesPaths } from './cases';
import { type paths as NotificationsPaths } from './notifications';
import { NetworkProblem, problemOf } from './problem';
import { type paths as WellbeingPaths } from './wellbeing';

export interface ApiSession {
  accessToken(): string | undefined;
  locale(): string;
}

/**
 * The one middleware every call goes through: the bearer token, the reader's language, an Idempotency-Key on
 * every command, and any non-2xx answer turned into an ApiProblem (problem+json) so screens never see raw bodies.
 */
function sessionMiddleware(session: ApiSession): Middleware {
  return {
    onRequest({ request }) {
      const token = session.accessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      request.headers.set('Accept-Language', session.locale());
      if (request.method !== 'GET' && !request.headers.has('Idempotency-Key')) {
        request.headers.set('Idempotency-Key', crypto.randomUUID());
      }
      return request;
    },
    async onResponse({ response }) {
      if (!response.ok && response.status !== 304) throw await problemOf(response);
      return response;
    },
    onError({ error }) {
      if (error instanceof TypeError) return new NetworkProblem(error.message);
      return error instanceof Error ? error : new Error(String(error));
    },
  };
}

export function createApi(config: WebConfig, session: ApiSession) {
  const middleware = sessionMiddleware(session);
  const cases = createClient<CasesPaths>({ baseUrl: config.api.cases });
  const notifications = createClient<NotificationsPaths>({ baseUrl: config.api.notifications });
  const wellbeing = createClient<WellbeingPaths>({ baseUrl: config.api.wellbeing });
  for (const client of [cases, notifications, wellbeing]) client.use(middleware);
  return { cases, notifications, wellbeing };
}

export type Api = ReturnType<typeof createApi>;

/** The body of a successful answer (failures were thrown by the middleware). */
export async function body<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, response } = await call;
  if (!response.ok) throw await problemOf(response);
  return data as T;
}
