import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { default as Provider } from 'oidc-provider' with { 'resolution-mode': 'import' };
import { isLocale, type Directory } from './directory';
import { loginPage, pageLocale } from './pages';
import { type LocaleMemory } from './provider';

const MAX_FORM_BYTES = 4096;

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > MAX_FORM_BYTES) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

const html = (res: ServerResponse, status: number, body: string): void => {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
};

/**
 * The login interaction (GET shows the person picker, POST signs the chosen person in) in front of
 * oidc-provider, which serves everything else: discovery, JWKS, authorization, token, end-session.
 */
export function identityServer(provider: Provider, directory: Directory, locales: LocaleMemory): Server {
  const handleOidc = provider.callback();
  const interaction = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(url.pathname);
    if (!match) return false;
    const details = await provider.interactionDetails(req, res);
    const requested = details.params.ui_locales as string | undefined;
    if (req.method === 'GET' && !match[2]) {
      const locale = pageLocale(url.searchParams.get('lang') ?? undefined, requested);
      if (details.prompt.name === 'login') {
        html(res, 200, loginPage({ uid: details.uid, locale, people: await directory.list() }));
      } else {
        // Consent for the first-party client is granted by loadExistingGrant; anything left is finished here.
        await provider.interactionFinished(req, res, {}, { mergeWithLastSubmission: true });
      }
      return true;
    }
    if (req.method === 'POST' && match[2]) {
      const form = await readForm(req);
      const locale = pageLocale(form.get('locale') ?? undefined, requested);
      const person = await directory.find(form.get('personRef') ?? '');
      if (!person) {
        html(
          res,
          400,
          loginPage({ uid: details.uid, locale, people: await directory.list(), error: 'unknown' }),
        );
        return true;
      }
      const chosen = form.get('locale');
      if (isLocale(chosen)) locales.set(person.personRef, chosen);
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: person.personRef } },
        { mergeWithLastSubmission: false },
      );
      return true;
    }
    res.writeHead(405).end();
    return true;
  };

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://identity');
    if (url.pathname === '/health/live' || url.pathname === '/health/ready') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    interaction(req, res, url)
      .then((handled) => {
        // Returned, so a failure of the provider lands in the .catch below, not as an unhandled rejection.
        if (!handled) return handleOidc(req, res);
      })
      .catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent)
          html(
            res,
            400,
            '<!doctype html><title>Error</title><p>The sign-in could not continue: start again from the application.</p>',
          );
      });
  });
}
