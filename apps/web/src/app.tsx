import { Alert, Button, MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
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

// WCAG AA: every colour used for text is the palette's darkest shade (≥ 4.5:1 on white and on light tints);
// alert texts are black; focus rings always visible for keyboard users.
const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 9,
  focusRing: 'always',
  components: {
    // Long labels (Kazakh, Russian) wrap instead of pushing the page wider than a 360 px phone.
    Button: Button.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 6, maxWidth: '100%' },
        label: { whiteSpace: 'normal', textAlign: 'left', overflow: 'visible' },
      },
    }),
    Alert: Alert.extend({
      styles: {
        title: { color: 'var(--mantine-color-black)' },
        message: { color: 'var(--mantine-color-black)' },
      },
    }),
  },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
});

const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#495057', '--mantine-color-error': '#c92a2a' },
  dark: {},
});

export function App(props: { config: WebConfig; manager: UserManager; initialUser: User }) {
  const tokenLocale = claimsOf(props.initialUser.access_token)?.locale;
  return (
    <MantineProvider theme={theme} cssVariablesResolver={contrast} defaultColorScheme="light">
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
