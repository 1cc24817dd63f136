import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { FormattedMessage, useIntl } from 'react-intl';
import { isWalled, NotPermitted } from '../../components/not-permitted';
import { formatDay } from '../../shared/dates';
import { useAgenda } from './use-session';
import { Loading } from '../../components/loading';

/** The commission's agenda: each scheduled session with the reader's seat; opens the session screen. */
export function AgendaPage() {
  const intl = useIntl();
  const agenda = useAgenda();
  if (isWalled(agenda.error)) return <NotPermitted />;
  return (
    <Stack gap="md">
      <Title order={1}>
        <FormattedMessage id="commission.agenda.title" />
      </Title>
      {agenda.isPending ? (
        <Loading size="sm" />
      ) : (agenda.data ?? []).length === 0 ? (
        <Text>
          <FormattedMessage id="commission.agenda.empty" />
        </Text>
      ) : (
        (agenda.data ?? []).map((s) => (
          <Card key={s.caseId} withBorder component="article" data-testid="agenda-session">
            <Anchor component={Link} to={`/commission/${encodeURIComponent(s.caseId)}`} fw={600}>
              <FormattedMessage
                id="commission.agenda.session"
                values={{ date: formatDay(intl, s.sessionOn), caseId: s.caseId.slice(0, 8) }}
              />
            </Anchor>
            <Text size="sm">
              <FormattedMessage
                id="commission.agenda.details"
                values={{
                  seat: intl.formatMessage({ id: `commission.role.${s.seat}` }),
                  subjects: s.subjectRefs.join(', '),
                  notified: formatDay(intl, s.notifiedOn),
                }}
              />
            </Text>
          </Card>
        ))
      )}
    </Stack>
  );
}
