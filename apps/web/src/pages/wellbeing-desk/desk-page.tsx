import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { Suspense } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isWalled, NotPermitted } from '../../components/not-permitted';
import { formatDay, formatInstant } from '../../shared/dates';
import { AssaultPlanForm } from './assault-plan-form';
import { StatsChart } from './lazy-charts';
import { type DeskTask, useCheckInStats, useDeskConcerns, useDeskTasks } from './use-desk';
import { Loading } from '../../components/loading';

/** Today in Kazakhstan (UTC+5), the day a task's due date is compared with. */
const todayInKazakhstan = () => new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);

/**
 * The wellbeing desk (wellbeing staff and HR, behind the wall): open follow-up tasks, overdue first, the people's
 * plans, concerns to act on, assault-on-duty plans, and k-anonymous statistics.
 */
export function DeskPage() {
  const tasks = useDeskTasks();
  if (isWalled(tasks.error)) return <NotPermitted />;
  const open = (tasks.data ?? []).filter((t) => t.status === 'open');
  const today = todayInKazakhstan();
  const overdue = open.filter((t) => t.dueOn !== null && t.dueOn < today);
  const due = open.filter((t) => !overdue.includes(t));
  return (
    <Stack gap="md">
      <Title order={1}>
        <FormattedMessage id="desk.title" />
      </Title>
      {tasks.isPending ? (
        <Loading size="sm" />
      ) : (
        <>
          <TaskTable id="overdue" tasks={overdue} />
          <TaskTable id="due" tasks={due} />
        </>
      )}
      <Concerns />
      <AssaultPlanForm />
      <Stats />
    </Stack>
  );
}

function TaskTable(props: { id: 'overdue' | 'due'; tasks: DeskTask[] }) {
  const intl = useIntl();
  const sorted = [...props.tasks].sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  return (
    <Card withBorder component="section" aria-labelledby={`tasks-${props.id}`}>
      <Title order={2} size="h3" id={`tasks-${props.id}`} mb="xs">
        <FormattedMessage id={`desk.tasks.${props.id}`} values={{ n: sorted.length }} />
      </Title>
      {sorted.length === 0 ? (
        <Text>
          <FormattedMessage id="desk.tasks.none" />
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <FormattedMessage id="desk.task.person" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="desk.task.kind" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="desk.task.due" />
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((t) => (
                <Table.Tr key={t.id} data-testid={`desk-task-${props.id}`} data-kind={t.kind}>
                  <Table.Td>
                    <Anchor component={Link} to={`/wellbeing-desk/tasks/${encodeURIComponent(t.id)}`}>
                      {t.personRef}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <FormattedMessage
                        id={`desk.kind.${t.kind}`}
                        defaultMessage={t.kind}
                        values={{ n: t.checkInNumber ?? '' }}
                      />
                      {t.escalated && (
                        <Badge color="red" variant="light">
                          <FormattedMessage id="desk.task.urgent" />
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t.dueOn ? formatDay(intl, t.dueOn) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

function Concerns() {
  const intl = useIntl();
  const concerns = useDeskConcerns();
  return (
    <Card withBorder component="section" aria-labelledby="desk-concerns">
      <Title order={2} size="h3" id="desk-concerns" mb="xs">
        <FormattedMessage id="desk.concerns.title" />
      </Title>
      {(concerns.data ?? []).length === 0 ? (
        <Text>
          <FormattedMessage id="desk.concerns.none" />
        </Text>
      ) : (
        <Stack gap="xs">
          {(concerns.data ?? []).map((c) => (
            <div key={c.id} data-testid="desk-concern">
              <Text fw={600}>
                {c.personRef} · <FormattedMessage id={`wellbeing.category.${c.category}`} /> ·{' '}
                {formatInstant(intl, c.raisedAt)}
              </Text>
              <Text size="sm">{c.content}</Text>
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}

function Stats() {
  const stats = useCheckInStats();
  // HR inspectors see no statistics (the service refuses them): the section is left out.
  if (stats.error) return null;
  return (
    <Card withBorder component="section" aria-labelledby="desk-stats">
      <Title order={2} size="h3" id="desk-stats" mb="xs">
        <FormattedMessage id="desk.stats.title" />
      </Title>
      {!stats.data ? (
        <Loading size="sm" />
      ) : (
        <>
          <Text size="sm" mb="xs">
            <FormattedMessage
              id="desk.stats.note"
              values={{ k: stats.data.minimumGroupSize, quarters: stats.data.quarters.join(', ') || '—' }}
            />
          </Text>
          {stats.data.groups.length === 0 ? (
            <Text>
              <FormattedMessage id="desk.stats.none" />
            </Text>
          ) : (
            <Suspense fallback={<Loading size="sm" />}>
              <StatsChart stats={stats.data} />
            </Suspense>
          )}
        </>
      )}
    </Card>
  );
}
