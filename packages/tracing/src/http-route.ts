import { trace } from '@opentelemetry/api';

interface RoutedRequest {
  readonly method: string;
  readonly baseUrl?: string;
  readonly route?: { readonly path?: unknown };
}
interface EndableResponse {
  end: (...args: never[]) => unknown;
}

/**
 * Express middleware: names the HTTP server span `METHOD /route/:param` (and sets `http.route`) once the router
 * has matched, so a command's trace says which command it is. The span ends inside `res.end`, so the name is set
 * just before; unrouted requests keep the method alone.
 */
export function httpRouteSpanNames() {
  return (req: RoutedRequest, res: EndableResponse, next: () => void): void => {
    const span = trace.getActiveSpan();
    if (span) {
      const end = res.end.bind(res);
      res.end = (...args: never[]) => {
        const route = req.route?.path;
        if (typeof route === 'string') {
          const path = `${req.baseUrl ?? ''}${route}`;
          span.updateName(`${req.method} ${path}`);
          span.setAttribute('http.route', path);
        }
        return end(...args);
      };
    }
    next();
  };
}
