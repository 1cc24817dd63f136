import { Anchor, Badge, Button, Card, Chip, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useAuth } from '../../auth/auth-context';
import { ErrorSummary } from '../../components/error-summary';
import { formatDay } from '../../shared/dates';
import { useGeneralMessage } from '../../shared/problem-text';
import { BlockerList } from './blocker-list';
import { OpenCaseForm } from './open-case-form';
import { inView, TASK_VIEWS, type TaskRow, type TaskView } from './task-view';
import { taskWhat } from './task-words';
import { useClaim, useTaskList } from './use-task-list';
import { Loading } from '../../components/loading';

/** The task list across cases (Camunda Tasklist's manner): mine, my group's, overdue, due this week. */
export function TaskListPage() {
  const intl = useIntl();
  // All open tasks first, as Camunda's Tasklist opens; the person narrows it down.
  const [view, setView] = useState<TaskView>('all');
  const tasks = useTaskList();
  const claim = useClaim();
  const general = useGeneralMessage();
  const shown = (tasks.data ?? []).filter((t) => inView(view, t));
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>
          <FormattedMessage id="tasks.title" />
        </Title>
        <Text c="dimmed">
          <FormattedMessage id="tasks.intro" />
        </Text>
      </div>
      <Chip.Group value={view} onChange={(v) => setView(v as TaskView)}>
        <Group gap="xs" role="radiogroup" aria-label={intl.formatMessage({ id: 'tasks.views' })}>
          {TASK_VIEWS.map((v) => (
            <Chip key={v} value={v} data-testid={`task-view-${v}`}>
              {intl.formatMessage({ id: `tasks.view.${v}` })} (
              {(tasks.data ?? []).filter((t) => inView(v, t)).length})
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <ErrorSummary messages={[]} general={claim.error ? general(claim.error) : undefined} />
      {tasks.isPending ? (
        <Loading />
      ) : shown.length === 0 ? (
        <Text data-testid="tasks-empty">
          <FormattedMessage id="tasks.empty" />
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }} data-testid="task-list">
          {shown.map((t) => (
            <TaskCard
              key={`${t.caseId}:${t.taskId}`}
              task={t}
              busy={claim.isPending}
              onClaim={(release) => claim.mutate({ task: t, release })}
            />
          ))}
        </Stack>
      )}
      <OpenCaseForm />
    </Stack>
  );
}

function TaskCard(props: { task: TaskRow; busy: boolean; onClaim: (release: boolean) => void }) {
  const intl = useIntl();
  const { claims } = useAuth();
  const t = props.task;
  const what = taskWhat(intl, t);
  const due = t.due;
  return (
    <Card withBorder component="li" data-testid="task" data-command={t.command} data-case={t.caseId}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <div>
          <Anchor
            component={Link}
            to={`/work/${encodeURIComponent(t.caseId)}`}
            hash={`task-${t.taskId}`}
            fw={700}
            data-testid="task-open"
          >
            {what}
          </Anchor>
          <Text size="sm">
            <FormattedMessage id="tasks.case" values={{ caseId: t.caseId }} />
            {' · '}
            <FormattedMessage id={`stage.${t.stage}`} />
          </Text>
        </div>
        <Group gap={4}>
          {t.overdue && (
            <Badge color="red" variant="light" c="red.9">
              <FormattedMessage id="tasks.overdue" />
            </Badge>
          )}
          {t.optional && (
            <Badge color="gray" variant="light" c="dark">
              <FormattedMessage id="tasks.optional" />
            </Badge>
          )}
        </Group>
      </Group>
      <Text mt={4} data-testid="task-due">
        {due ? (
          <>
            <FormattedMessage id="tasks.dueOn" values={{ date: formatDay(intl, due.dueOn) }} />
            {' · '}
            {due.workingDaysLeft >= 0 ? (
              <FormattedMessage id="case.deadlines.workingDaysLeft" values={{ days: due.workingDaysLeft }} />
            ) : (
              <FormattedMessage id="tasks.workingDaysOverdue" values={{ days: -due.workingDaysLeft }} />
            )}
          </>
        ) : (
          <FormattedMessage id="tasks.noDue" />
        )}
      </Text>
      {due && (
        <Text size="sm" c="dimmed">
          <FormattedMessage
            id="tasks.why"
            values={{ clock: intl.formatMessage({ id: `clock.${due.clock}` }), citation: due.citation }}
          />
        </Text>
      )}
      {t.blockedBy && t.blockedBy.length > 0 && <BlockerList blockers={t.blockedBy} />}
      <Group mt="xs" gap="xs">
        {t.claimable && (
          <Button
            size="xs"
            loading={props.busy}
            onClick={() => props.onClaim(false)}
            data-testid="task-claim"
          >
            <FormattedMessage id="tasks.claim" />
          </Button>
        )}
        {t.claimedBy && t.claimedBy === claims?.personRef && (
          <>
            <Text size="sm">
              <FormattedMessage id="tasks.claimedByYou" />
            </Text>
            <Button size="xs" variant="default" loading={props.busy} onClick={() => props.onClaim(true)}>
              <FormattedMessage id="tasks.release" />
            </Button>
          </>
        )}
        {t.claimedBy && t.claimedBy !== claims?.personRef && (
          <Text size="sm" data-testid="task-claimed-by">
            <FormattedMessage id="tasks.claimedBy" values={{ person: t.claimedBy }} />
          </Text>
        )}
      </Group>
    </Card>
  );
}
