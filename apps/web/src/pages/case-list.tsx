import { Anchor, Button, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { FormattedMessage, useIntl } from 'react-intl';
import { useAuth } from '../auth/auth-context';
import { useMyCases } from './my-cases';
import { Loading } from '../components/loading';

export function CaseListPage() {
  const intl = useIntl();
  const cases = useMyCases();
  const { claims } = useAuth();
  return (
    <Stack gap="md">
      <Title order={1}>
        <FormattedMessage id="cases.title" />
      </Title>
      <Text>
        <FormattedMessage id="cases.intro" />
      </Text>
      {/* Heads register reports (the service decides for which unit). */}
      {claims?.roles.includes('head') && (
        <Button component={Link} to="/cases/new" w="fit-content" data-testid="report-new">
          <FormattedMessage id="report.new" />
        </Button>
      )}
      {cases.isPending ? (
        <Loading />
      ) : (cases.data ?? []).length === 0 ? (
        <Text>
          <FormattedMessage id="cases.empty" />
        </Text>
      ) : (
        <ul data-testid="case-list" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {(cases.data ?? []).map((c) => (
            <li key={c.caseId} style={{ marginBottom: 12 }}>
              <Card withBorder>
                <Anchor component={Link} to={`/cases/${encodeURIComponent(c.caseId)}`} fw={600}>
                  <FormattedMessage id="cases.open" values={{ caseId: c.caseId }} />
                </Anchor>
                <Text size="sm">
                  <FormattedMessage
                    id="cases.role"
                    values={{
                      roles: c.partyRoles.map((r) => intl.formatMessage({ id: `role.${r}` })).join(', '),
                    }}
                  />
                </Text>
                {c.stage && (
                  <Text size="sm" c="dimmed">
                    <FormattedMessage id={`stage.${c.stage}`} />
                  </Text>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
