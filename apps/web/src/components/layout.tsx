import { Alert, Anchor, Box, Button, Container, Group, NativeSelect, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet } from '@tanstack/react-router';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiProblem } from '../api/problem';
import { useAuth } from '../auth/auth-context';
import { useLocale } from '../i18n/locale';
import { LOCALE_NAMES, LOCALES, isLocale } from '../i18n/messages';
import { failures, useLastFailure } from '../shared/failures';
import classes from './layout.module.css';

export function Layout() {
  const intl = useIntl();
  const auth = useAuth();
  const { locale, setLocale } = useLocale();
  return (
    <>
      <a className={classes.skip} href="#main">
        <FormattedMessage id="app.skipToContent" />
      </a>
      <Box component="header" className={classes.header}>
        <Container size="md">
          <Group justify="space-between" wrap="wrap" gap="xs" py="xs">
            <Anchor component={Link} to="/cases" c="white" fw={700} fz="lg" underline="never">
              <FormattedMessage id="app.name" />
            </Anchor>
            <Group gap="xs" wrap="wrap">
              <NativeSelect
                aria-label={intl.formatMessage({ id: 'nav.language' })}
                value={locale}
                onChange={(e) => isLocale(e.currentTarget.value) && setLocale(e.currentTarget.value)}
                data={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
                size="xs"
              />
              <Button size="xs" variant="white" onClick={() => void auth.signOut()}>
                <FormattedMessage id="nav.signOut" />
              </Button>
            </Group>
          </Group>
          <nav aria-label={intl.formatMessage({ id: 'nav.label' })}>
            <Group gap="md" pb="xs" wrap="wrap">
              <NavLink to="/cases" id="nav.cases" />
              {hasRole(auth.claims?.roles, CASE_WORK_ROLES) && <NavLink to="/tasks" id="nav.tasks" />}
              <NavLink to="/inbox" id="nav.inbox" />
              <NavLink to="/wellbeing" id="nav.wellbeing" />
              {hasRole(auth.claims?.roles, COMMISSION_ROLES) && (
                <NavLink to="/commission" id="nav.commission" />
              )}
              {hasRole(auth.claims?.roles, DESK_ROLES) && <NavLink to="/wellbeing-desk" id="nav.desk" />}
              {hasRole(auth.claims?.roles, DIRECTORY_ROLES) && <NavLink to="/directory" id="nav.directory" />}
            </Group>
          </nav>
        </Container>
      </Box>
      <Container size="md" component="main" id="main" tabIndex={-1} py="md">
        <SessionBanner />
        <RetryBanner />
        <Outlet />
      </Container>
    </>
  );
}

/** Roles that work on cases (the task list, the case-work page); officers act on their own case page. */
const CASE_WORK_ROLES = [
  'head',
  'investigator',
  'commission-member',
  'commission-chair',
  'commission-secretary',
  'higher-official',
  'auditor',
];

// Links only: the services decide who may read what (a hidden link is not a wall; see components/not-permitted).
const COMMISSION_ROLES = ['commission-member', 'commission-chair', 'commission-secretary'];
const DESK_ROLES = ['wellbeing-staff', 'hr-inspector'];
/** Administrators keep the directory; heads read their units' commissions in it. */
const DIRECTORY_ROLES = ['admin', 'head'];
const hasRole = (roles: readonly string[] | undefined, wanted: readonly string[]) =>
  (roles ?? []).some((r) => wanted.includes(r));

function NavLink(props: {
  to: '/cases' | '/inbox' | '/wellbeing' | '/tasks' | '/commission' | '/wellbeing-desk' | '/directory';
  id: string;
}) {
  return (
    <Anchor
      component={Link}
      to={props.to}
      c="white"
      className={classes.nav}
      activeProps={{ 'aria-current': 'page', className: `${classes.nav} ${classes.active}` }}
    >
      <FormattedMessage id={props.id} />
    </Anchor>
  );
}

/** The session could not be renewed: say so, keep the page (drafts are on this device), offer to sign in. */
function SessionBanner() {
  const auth = useAuth();
  if (!auth.expired) return null;
  return (
    <Alert color="yellow" role="alert" mb="md">
      <Text mb="xs">
        <FormattedMessage id="auth.expired" />
      </Text>
      <Button size="xs" onClick={() => void auth.signIn()}>
        <FormattedMessage id="auth.signIn" />
      </Button>
    </Alert>
  );
}

function RetryBanner() {
  const failure = useLastFailure();
  const queryClient = useQueryClient();
  if (!failure) return null;
  const server = failure instanceof ApiProblem;
  return (
    <Alert color="red" role="alert" mb="md" data-testid="retry-banner">
      <Text mb="xs">
        <FormattedMessage id={server ? 'error.server' : 'error.network'} />
      </Text>
      <Button
        size="xs"
        onClick={() => {
          failures.clear();
          void queryClient.refetchQueries({ type: 'active' });
        }}
      >
        <FormattedMessage id="common.retry" />
      </Button>
    </Alert>
  );
}
