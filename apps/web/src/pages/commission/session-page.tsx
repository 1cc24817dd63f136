import { Alert, Badge, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { FormattedMessage, useIntl } from 'react-intl';
import { type CaseState } from '@qorgau/domain';
import { isWalled, NotPermitted } from '../../components/not-permitted';
import { formatDay } from '../../shared/dates';
import { useCase } from '../case/use-case';
import { ComparablePanel } from './comparable-panel';
import { MinutesForm } from './minutes-form';
import { ProtectionActBeside } from './protection-act-beside';
import { HeldMinutes } from './held-minutes';
import { type SessionSheet, useSessionSheet } from './use-session';
import { useState } from 'react';
import { Loading } from '../../components/loading';

/**
 * The commission's session (art. 58-1): the notice check, the members present with the live quorum, recusals,
 * each subject's Protection Act beside its answers, comparable cases, the open vote and the minutes. Every rule
 * (quorum size, notice, recusal, comparable outcomes) is the service's; this screen only compares counts.
 */
export function SessionPage() {
  const { caseId } = useParams({ from: '/commission/$caseId' });
  const sheet = useSessionSheet(caseId);
  const found = useCase(caseId);
  if (isWalled(sheet.error) || isWalled(found.error)) return <NotPermitted />;
  if (!sheet.data || !found.data) return <Loading size="sm" />;
  return <Session sheet={sheet.data} state={found.data.state} version={found.data.version} />;
}

function Session(props: { sheet: SessionSheet; state: Partial<CaseState>; version: number }) {
  const intl = useIntl();
  const { sheet } = props;
  const seated = sheet.members.filter((m) => !m.recusal).map((m) => m.personRef);
  const [ticked, setPresent] = useState<string[]>(seated);
  const held = props.state.commission?.heldOn ?? sheet.heldOn;
  // Once held, the minutes say who was present; before, the secretary's ticks do.
  const present = held ? [...(props.state.commission?.presentRefs ?? [])] : ticked;
  const quorumReached = present.length >= sheet.quorum.required;
  const subjects = sheet.comparable.map((c) => c.personRef);
  return (
    <Stack gap="md">
      <Title order={1}>
        <FormattedMessage
          id="commission.session.title"
          values={{ date: formatDay(intl, sheet.sessionOn), caseId: sheet.caseId.slice(0, 8) }}
        />
      </Title>
      <Card withBorder component="section" aria-labelledby="notice-heading">
        <Title order={2} size="h3" id="notice-heading" mb="xs">
          <FormattedMessage id="commission.notice.title" />
        </Title>
        {sheet.notice ? (
          <Text data-testid="notice-check">
            <FormattedMessage
              id={sheet.notice.kept ? 'commission.notice.kept' : 'commission.notice.short'}
              values={{
                notified: formatDay(intl, sheet.notifiedOn),
                earliest: formatDay(intl, sheet.notice.earliestSessionOn),
                days: sheet.notice.workingDays,
                citation: sheet.notice.citation,
              }}
            />
          </Text>
        ) : (
          <Text>
            <FormattedMessage id="commission.notice.unknown" />
          </Text>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="members-heading">
        <Title order={2} size="h3" id="members-heading" mb="xs">
          <FormattedMessage id="commission.members.title" />
        </Title>
        <Alert
          color={quorumReached ? 'green' : 'red'}
          variant="light"
          mb="sm"
          role="status"
          data-testid="quorum"
        >
          <FormattedMessage
            id={quorumReached ? 'commission.quorum.reached' : 'commission.quorum.missing'}
            values={{
              present: present.length,
              size: sheet.quorum.size,
              required: sheet.quorum.required,
              citation: sheet.quorum.citation,
            }}
          />
        </Alert>
        <Stack gap={6}>
          {sheet.members.map((m) => (
            <Group key={m.personRef} gap="xs">
              <Checkbox
                label={`${m.personRef} — ${intl.formatMessage({ id: `commission.role.${m.role}` })}`}
                checked={present.includes(m.personRef)}
                disabled={Boolean(held) || Boolean(m.recusal)}
                onChange={(e) =>
                  setPresent((p) =>
                    e.currentTarget.checked ? [...p, m.personRef] : p.filter((r) => r !== m.personRef),
                  )
                }
              />
              {m.recusal && (
                <Badge color="orange" variant="light" data-testid="recusal">
                  <FormattedMessage
                    id="commission.recusal"
                    values={{
                      interest: intl.formatMessage({ id: `commission.interest.${m.recusal.interest}` }),
                    }}
                  />
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
      </Card>
      {subjects.map((personRef) => (
        <Card key={personRef} withBorder component="section" aria-labelledby={`subject-${personRef}`}>
          <Title order={2} size="h3" id={`subject-${personRef}`} mb="xs">
            <FormattedMessage id="commission.subject.title" values={{ person: personRef }} />
          </Title>
          <ProtectionActBeside state={props.state} personRef={personRef} />
          <ComparablePanel comparable={sheet.comparable.find((c) => c.personRef === personRef)!} />
        </Card>
      ))}
      {held ? (
        <HeldMinutes state={props.state} />
      ) : (
        <MinutesForm
          caseId={sheet.caseId}
          version={props.version}
          members={sheet.members}
          present={present}
          subjects={subjects}
          state={props.state}
        />
      )}
    </Stack>
  );
}
