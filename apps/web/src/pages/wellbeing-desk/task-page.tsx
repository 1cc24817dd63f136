import { Alert, Badge, Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { Suspense } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isWalled, NotPermitted } from '../../components/not-permitted';
import { formatDay, formatInstant } from '../../shared/dates';
import { useGeneralMessage } from '../../shared/problem-text';
import { TrendChart } from './lazy-charts';
import { TaskActions } from './task-actions';
import { useDeskPlan, useDeskTask } from './use-desk';
import { Loading } from '../../components/loading';

/** One follow-up task: the person's plan and consent, their check-in history with its trend, contacts, referrals. */
export function DeskTaskPage() {
  const intl = useIntl();
  const { taskId } = useParams({ from: '/wellbeing-desk/tasks/$taskId' });
  const task = useDeskTask(taskId);
  const plan = useDeskPlan(task.data?.planId);
  const general = useGeneralMessage();
  if (isWalled(task.error)) return <NotPermitted />;
  // Any other failure is said, with a way to ask again, rather than a spinner that never ends.
  if (task.error && !task.data)
    return (
      <Alert color="red" variant="light" role="alert" data-testid="desk-task-failed">
        <Text mb="xs">{general(task.error)}</Text>
        <Button size="compact-sm" onClick={() => void task.refetch()}>
          <FormattedMessage id="common.retry" />
        </Button>
      </Alert>
    );
  if (!task.data) return <Loading size="sm" />;
  const t = task.data;
  return (
    <Stack gap="md">
      <Title order={1}>
        <FormattedMessage id="desk.task.title" values={{ person: t.personRef }} />
      </Title>
      <Card withBorder component="section" aria-labelledby="task-plan">
        <Title order={2} size="h3" id="task-plan" mb="xs">
          <FormattedMessage id="desk.plan.title" />
        </Title>
        <Text>
          <FormattedMessage
            id={`desk.kind.${t.kind}`}
            defaultMessage={t.kind}
            values={{ n: t.checkInNumber ?? '' }}
          />
          {t.dueOn && <> · {formatDay(intl, t.dueOn)}</>} ·{' '}
          <span data-testid="desk-task-status" data-status={t.status}>
            <FormattedMessage id={`desk.status.${t.status}`} />
          </span>
        </Text>
        {plan.data && (
          <Text data-testid="consent-state">
            <FormattedMessage
              id="desk.plan.consent"
              values={{
                consent: intl.formatMessage({ id: `desk.consent.${plan.data.consentState}` }),
                origin: intl.formatMessage({ id: `desk.origin.${plan.data.origin}` }),
              }}
            />
          </Text>
        )}
        {t.outcome && (
          <Text size="sm">
            <FormattedMessage id="desk.task.outcome" values={{ outcome: t.outcome }} />
          </Text>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="task-checkins">
        <Title order={2} size="h3" id="task-checkins" mb="xs">
          <FormattedMessage id="desk.checkIns.title" />
        </Title>
        {t.checkIns.length === 0 ? (
          <Text>
            <FormattedMessage id="desk.checkIns.none" />
          </Text>
        ) : (
          <>
            {t.checkIns.length > 1 && (
              <Suspense fallback={<Loading size="sm" />}>
                <TrendChart checkIns={t.checkIns} />
              </Suspense>
            )}
            <List>
              {t.checkIns.map((c) => (
                <List.Item key={c.id} data-testid="desk-check-in">
                  <FormattedMessage
                    id="desk.checkIn.line"
                    values={{ date: formatInstant(intl, c.submittedAt), total: c.total }}
                  />{' '}
                  {c.urgent && (
                    <Badge color="red" variant="light">
                      <FormattedMessage id="desk.task.urgent" />
                    </Badge>
                  )}
                  {c.contactRequested && (
                    <Badge color="blue" variant="light" ml={4}>
                      <FormattedMessage id="desk.checkIn.contactRequested" />
                    </Badge>
                  )}
                  {c.concernText && <Text size="sm">{c.concernText}</Text>}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="task-log">
        <Title order={2} size="h3" id="task-log" mb="xs">
          <FormattedMessage id="desk.log.title" />
        </Title>
        {t.contacts.length + t.referrals.length === 0 ? (
          <Text>
            <FormattedMessage id="desk.log.none" />
          </Text>
        ) : (
          <List>
            {t.contacts.map((c) => (
              <List.Item key={c.id} data-testid="desk-contact">
                <FormattedMessage id={`desk.channel.${c.channel}`} /> · {formatInstant(intl, c.contactedAt)}
                {c.note && <> · {c.note}</>}
              </List.Item>
            ))}
            {t.referrals.map((r) => (
              <List.Item key={r.id} data-testid="desk-referral">
                <FormattedMessage id={`desk.referral.${r.kind}`} /> · {formatInstant(intl, r.referredAt)}
                {r.note && <> · {r.note}</>}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      {t.status === 'open' && (
        <Card withBorder>
          <TaskActions taskId={t.id} />
        </Card>
      )}
    </Stack>
  );
}
