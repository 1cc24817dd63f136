import { Accordion, Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiProblem } from '../../api/problem';
import { type CaseRead } from '../../api/views';
import { useAuth } from '../../auth/auth-context';
import { NotFoundPage } from '../../components/not-found';
import { formatDay } from '../../shared/dates';
import { Deadlines, Timeline } from '../case-page';
import { useCase, useCaseToday } from '../case/use-case';
import { type TaskRow } from '../tasks/task-view';
import { taskWhat } from '../tasks/task-words';
import { useTaskList } from '../tasks/use-task-list';
import { AuditSection } from './audit-section';
import { CommandForm } from './command-form';
import { COMMAND_SPECS, specOf } from './command-specs';
import { EvidenceSection } from './evidence-section';
import { ReaderView } from './reader-view';
import { Loading } from '../../components/loading';

/**
 * A case as its case workers and the auditor work on it: the tasks the service lists for the reader here, each
 * with its form; the other steps their role may send; the reader's view, the clocks with their pauses, the
 * timeline in case time, the evidence with its custody, and (auditors) the audit chain's verification.
 */
export function CaseWorkPage() {
  const { caseId } = useParams({ from: '/work/$caseId' });
  const read = useCase(caseId);
  const today = useCaseToday(caseId);
  if (read.error instanceof ApiProblem && (read.error.status === 404 || read.error.status === 403)) {
    return <NotFoundPage />;
  }
  if (!read.data) return <Loading />;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>
          <FormattedMessage id="work.title" />
        </Title>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          <FormattedMessage id="tasks.case" values={{ caseId }} />
        </Text>
        <Text fw={600} data-testid="case-stage">
          <FormattedMessage id={`stage.${read.data.stage}`} />
        </Text>
        {today.data && (
          <Text size="sm" c="dimmed" data-testid="case-today">
            <FormattedMessage id="work.caseToday" values={{ date: <CaseDay day={today.data} /> }} />
          </Text>
        )}
        <Anchor component={Link} to={`/cases/${encodeURIComponent(caseId)}`} size="sm">
          <FormattedMessage id="work.officerView" />
        </Anchor>
      </div>
      <WorkTasks read={read.data} />
      <OtherActions read={read.data} />
      <ReaderView read={read.data} />
      <Deadlines caseId={caseId} />
      <Timeline caseId={caseId} />
      <EvidenceSection read={read.data} />
      <AuditSection />
    </Stack>
  );
}

function CaseDay(props: { day: string }) {
  const intl = useIntl();
  return <>{formatDay(intl, props.day)}</>;
}

/** The reader's open tasks in this case, as GET /tasks?caseId= gives them, each with its form. */
function WorkTasks(props: { read: CaseRead }) {
  const intl = useIntl();
  const tasks = useTaskList(props.read.caseId);
  // The task list links to `#task-<id>`: bring that task into view once it is drawn.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id && tasks.data) document.getElementById(id)?.scrollIntoView();
  }, [tasks.data]);
  const rows: TaskRow[] = tasks.data ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="work-tasks-heading">
      <Title order={2} size="h3" id="work-tasks-heading" mb="xs">
        <FormattedMessage id="work.tasks.title" />
      </Title>
      {tasks.isPending ? (
        <Loading size="sm" />
      ) : rows.length === 0 ? (
        <Text>
          <FormattedMessage id="work.tasks.none" />
        </Text>
      ) : (
        <Stack gap="md" data-testid="work-tasks">
          {rows.map((t) => {
            const spec = specOf(t.command);
            return (
              <Card
                key={t.taskId}
                id={`task-${t.taskId}`}
                withBorder
                component="article"
                aria-label={taskWhat(intl, t)}
                data-testid="work-task"
                data-command={t.command}
              >
                <Title order={3} size="h4">
                  {taskWhat(intl, t)}
                </Title>
                {t.due && (
                  <Text size="sm" mb="xs">
                    <FormattedMessage id="tasks.dueOn" values={{ date: formatDay(intl, t.due.dueOn) }} />
                    {' · '}
                    {t.due.workingDaysLeft >= 0 ? (
                      <FormattedMessage
                        id="case.deadlines.workingDaysLeft"
                        values={{ days: t.due.workingDaysLeft }}
                      />
                    ) : (
                      <FormattedMessage
                        id="tasks.workingDaysOverdue"
                        values={{ days: -t.due.workingDaysLeft }}
                      />
                    )}
                    {' · '}
                    <FormattedMessage
                      id="tasks.why"
                      values={{
                        clock: intl.formatMessage({ id: `clock.${t.due.clock}` }),
                        citation: t.due.citation,
                      }}
                    />
                  </Text>
                )}
                {spec ? (
                  <CommandForm spec={spec} read={props.read} task={t} blockedBy={t.blockedBy} />
                ) : (
                  <Text size="sm">
                    <FormattedMessage id="work.tasks.elsewhere" />
                  </Text>
                )}
              </Card>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}

/** The other steps the reader's role may send here; the service decides whether each is allowed now. */
function OtherActions(props: { read: CaseRead }) {
  const intl = useIntl();
  const { claims } = useAuth();
  const roles = claims?.roles ?? [];
  const specs = COMMAND_SPECS.filter((s) => s.roles.some((r) => roles.includes(r)));
  if (specs.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="other-actions-heading">
      <Title order={2} size="h3" id="other-actions-heading" mb="xs">
        <FormattedMessage id="work.other.title" />
      </Title>
      <Text size="sm" mb="xs">
        <FormattedMessage id="work.other.intro" />
      </Text>
      <Accordion variant="separated" data-testid="other-actions">
        {specs.map((spec) => (
          <Accordion.Item key={spec.command} value={spec.command}>
            <Accordion.Control data-testid={`open-${spec.command}`}>
              {intl.formatMessage({ id: `work.cmd.${spec.command}` })}
            </Accordion.Control>
            <Accordion.Panel>
              <CommandForm spec={spec} read={props.read} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Card>
  );
}
