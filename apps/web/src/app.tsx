import { MantineProvider, createTheme } from '@mantine/core';
import { QueryCache, QueryClient, QueryClientProvider, MutationCache } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { type User, type UserManager } from 'oidc-client-ts';
import { useMemo, useRef } from 'react';
import { ApiContext } from './api/api-context';
import { createApi } from './api/client';
import { ApiProblem } from './api/problem';
import { AuthProvider, useAuth } from './auth/auth-context';
import { claimsOf } from './auth/claims';
import { type WebConfig } from './config';
import { LocaleProvider, useLocale } from './i18n/locale';
import { failures } from './shared/failures';
import { createAppRouter } from './router';

const theme = createTheme({
  primaryColor: 'blue',
  // AA contrast for text on white; focus rings always visible for keyboard users.
  focusRing: 'always',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
});

export function App(props: { config: WebConfig; manager: UserManager; initialUser: User }) {
  const tokenLocale = claimsOf(props.initialUser.access_token)?.locale;
  return (
    <MantineProvider theme={theme}>
      <AuthProvider manager={props.manager} initialUser={props.initialUser}>
        <LocaleProvider tokenLocale={tokenLocale}>
          <Session config={props.config} />
        </LocaleProvider>
      </AuthProvider>
    </MantineProvider>
  );
}

function Session({ config }: { config: WebConfig }) {
  const auth = useAuth();
  const { locale } = useLocale();
  const authRef = useRef(auth);
  authRef.current = auth;
  const localeRef = useRef(locale);
  localeRef.current = locale;

  const api = useMemo(
    () =>
      createApi(config, {
        accessToken: () => authRef.current.accessToken(),
        locale: () => localeRef.current,
      }),
    [config],
  );
  const queryClient = useMemo(
    () =>
      new QueryClient({
        queryCache: new QueryCache({ onError: failures.report }),
        mutationCache: new MutationCache({ onError: failures.report }),
        defaultOptions: {
          queries: {
            // A 4xx will not change by asking again; a network blip or 5xx is retried once, then the banner.
            retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 1,
            refetchOnWindowFocus: false,
          },
        },
      }),
    [],
  );
  const router = useMemo(() => createAppRouter(queryClient), [queryClient]);
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ApiContext.Provider>
  );
}
