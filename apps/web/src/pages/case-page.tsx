import { Anchor, Badge, Card, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiProblem } from '../api/problem';
import { type DeadlineRead, type OpenTaskView, type TimelineEntry } from '../api/views';
import { useAuth } from '../auth/auth-context';
import { NotFoundPage } from '../components/not-found';
import { NotPermitted, onWellbeingSide } from '../components/not-permitted';
import { calendarDaysBetween, formatDay, formatInstant } from '../shared/dates';
import { AppealSection } from './case/appeal-section';
import { ExplanationSection } from './case/explanation-section';
import { FamiliarizationSection } from './case/familiarization-section';
import { useCase, useCaseToday, useDeadlines, useTasks, useTimeline } from './case/use-case';
import { Loading } from '../components/loading';

export function CasePage() {
  const { caseId } = useParams({ from: '/cases/$caseId' });
  const read = useCase(caseId);
  const { claims } = useAuth();
  if (read.error instanceof ApiProblem && (read.error.status === 404 || read.error.status === 403)) {
    return onWellbeingSide(claims?.roles) ? <NotPermitted /> : <NotFoundPage />;
  }
  if (!read.data) return <Loading />;
  const state = read.data.state;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>
          <FormattedMessage id="case.title" values={{ caseId }} />
        </Title>
        <Text c="dimmed" size="sm">
          <FormattedMessage id="case.stage" />
        </Text>
        <Text fw={600} data-testid="case-stage">
          <FormattedMessage id={`stage.${read.data.stage}`} />
        </Text>
      </div>
      <NextSteps caseId={caseId} />
      <Deadlines caseId={caseId} />
      <ExplanationSection caseId={caseId} version={read.data.version} state={state} />
      {state.protectionActs !== undefined && (
        <Card withBorder component="section" aria-labelledby="pa-heading">
          <Title order={2} size="h3" id="pa-heading">
            <FormattedMessage id="case.pa.link" />
          </Title>
          <Text my="xs">
            <FormattedMessage id="case.pa.intro" />
          </Text>
          <Anchor component={Link} to={`/cases/${encodeURIComponent(caseId)}/protection-act`} fw={600}>
            <FormattedMessage id="pa.title" />
          </Anchor>
        </Card>
      )}
      <FamiliarizationSection caseId={caseId} version={read.data.version} state={state} />
      <AppealSection caseId={caseId} version={read.data.version} state={state} />
      <Timeline caseId={caseId} />
    </Stack>
  );
}

function NextSteps({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const { claims } = useAuth();
  const tasks = useTasks(caseId);
  const all: OpenTaskView[] = Object.values(tasks.data ?? {}).flat();
  return (
    <Card withBorder component="section" aria-labelledby="next-heading">
      <Title order={2} size="h3" id="next-heading" mb="xs">
        <FormattedMessage id="case.next.title" />
      </Title>
      {tasks.isPending ? (
        <Loading size="sm" />
      ) : all.length === 0 ? (
        <Text>
          <FormattedMessage id="case.next.none" />
        </Text>
      ) : (
        <ul data-testid="next-steps">
          {all.map((t, i) => {
            const mine = t.assigneeRef !== null && t.assigneeRef === claims?.personRef;
            const who = mine
              ? intl.formatMessage({ id: 'case.next.you' })
              : intl.formatMessage({ id: `taskRole.${t.role}` });
            const what = intl.messages[`task.${t.command}`]
              ? intl.formatMessage({ id: `task.${t.command}` })
              : intl.formatMessage({ id: 'task.other' });
            return (
              <li key={`${t.command}-${t.personRef ?? ''}-${t.itemId ?? ''}-${i}`}>
                {intl.formatMessage({ id: 'case.next.item' }, { what, who })}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

export function Deadlines({ caseId }: { caseId: string }) {
  const deadlines = useDeadlines(caseId);
  const today = useCaseToday(caseId);
  return (
    <Card withBorder component="section" aria-labelledby="deadlines-heading">
      <Title order={2} size="h3" id="deadlines-heading" mb="xs">
        <FormattedMessage id="case.deadlines.title" />
      </Title>
      {deadlines.isPending ? (
        <Loading size="sm" />
      ) : (deadlines.data ?? []).length === 0 ? (
        <Text>
          <FormattedMessage id="case.deadlines.none" />
        </Text>
      ) : (
        <Stack gap="sm" data-testid="deadlines">
          {(deadlines.data ?? []).map((d, i) => (
            <DeadlineLine
              key={`${d.clock.clock}-${d.personRef ?? ''}-${d.violationId ?? ''}-${i}`}
              deadline={d}
              today={today.data}
            />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function DeadlineLine({ deadline, today }: { deadline: DeadlineRead; today: string | undefined }) {
  const intl = useIntl();
  const { clock } = deadline;
  const days = today ? calendarDaysBetween(today, clock.dueOn) : undefined;
  return (
    <div>
      <Text fw={600}>
        <FormattedMessage id={`clock.${clock.clock}`} />
      </Text>
      <Text>
        <FormattedMessage id="case.deadlines.due" values={{ date: formatDay(intl, clock.dueOn) }} />
        {' · '}
        {deadline.workingDaysLeft !== undefined ? (
          <FormattedMessage id="case.deadlines.workingDaysLeft" values={{ days: deadline.workingDaysLeft }} />
        ) : days === undefined ? null : days >= 0 ? (
          <FormattedMessage id="case.deadlines.daysLeft" values={{ days }} />
        ) : (
          <FormattedMessage id="case.deadlines.overdue" values={{ days: -days }} />
        )}
      </Text>
      {clock.provisional && (
        <Badge color="yellow" variant="light" c="dark">
          <FormattedMessage id="case.deadlines.provisional" />
        </Badge>
      )}
      {clock.why.map((why, i) => {
        const cause = (c: string) => intl.formatMessage({ id: `pause.${c}` });
        if (why.kind === 'paused')
          return (
            <Text size="sm" key={i}>
              <FormattedMessage
                id="case.deadlines.pausedBecause"
                values={{ cause: cause(why.cause), days: why.days }}
              />
            </Text>
          );
        if (why.kind === 'still-paused')
          return (
            <Text size="sm" key={i}>
              <FormattedMessage
                id="case.deadlines.stillPaused"
                values={{ cause: cause(why.cause), date: formatDay(intl, why.since) }}
              />
            </Text>
          );
        if (why.kind === 'extended')
          return (
            <Text size="sm" key={i}>
              <FormattedMessage id="case.deadlines.extended" values={{ days: why.days }} />
            </Text>
          );
        return null;
      })}
    </div>
  );
}

export function Timeline({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const timeline = useTimeline(caseId);
  const events: TimelineEntry[] = timeline.data ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="timeline-heading">
      <Title order={2} size="h3" id="timeline-heading" mb="xs">
        <FormattedMessage id="case.timeline.title" />
      </Title>
      {events.length === 0 ? (
        <Text>
          <FormattedMessage id="case.timeline.empty" />
        </Text>
      ) : (
        <ol data-testid="timeline">
          {events.map((e) => (
            <li key={e.eventId}>
              <Text span c="dimmed" size="sm">
                {formatInstant(intl, e.occurredAt)}
              </Text>{' '}
              {intl.messages[`event.${e.type}`]
                ? intl.formatMessage({ id: `event.${e.type}` })
                : intl.formatMessage({ id: 'event.other' })}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
