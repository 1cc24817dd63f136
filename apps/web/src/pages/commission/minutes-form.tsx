import { Alert, Button, Card, NativeSelect, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { type CaseState } from '@qorgau/domain';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiProblem } from '../../api/problem';
import { ErrorSummary } from '../../components/error-summary';
import { useGeneralMessage } from '../../shared/problem-text';
import { useCaseCommand } from '../../shared/use-case-command';
import { type SessionSheet } from './use-session';

/** The outcomes a member may vote for: the penalty ladder's vocabulary (art. 56) or ending the proceedings. */
const CHOICES = [
  'remark',
  'reprimand',
  'severe-reprimand',
  'incomplete-compliance-warning',
  'removal-from-post',
  'rank-demotion',
  'dismissal',
  'dismissal-with-loss-of-honours',
  'dismissal-with-loss-of-rank',
  'end-proceedings',
] as const;
const PARTICIPATION = [
  'in-person',
  'video',
  'unexcused-no-show',
  'written-refusal',
  'excused-absence',
] as const;
/** Refusals of the sitting that have their own words here (with the article); others show the server's detail. */
const RULES = [
  'COMMISSION_NO_QUORUM',
  'COMMISSION_NOTICE_TOO_SHORT',
  'COMMISSION_NO_MAJORITY',
  'COMMISSION_VOTE_INVALID',
  'SYMMETRIC_SANCTION_JUSTIFICATION_REQUIRED',
  'RECUSAL_REQUIRED',
];

type Minutes = {
  presentRefs: string[];
  considerations: {
    personRef: string;
    participation: (typeof PARTICIPATION)[number];
    votes: {
      memberRef: string;
      choice: { kind: 'penalty'; penalty: string } | { kind: 'end-proceedings' };
    }[];
  }[];
  protectionActReferences: Record<string, string[]>;
  symmetricSanctionJustification?: string;
};

/**
 * The secretary records the sitting: each present member's open vote per subject, how the subject took part, and
 * a justification where the symmetric-sanction guard asks for one. The service decides (tally, the chair's
 * tie-break, the guard); a refusal is shown in words with its article and nothing is recorded.
 */
export function MinutesForm(props: {
  caseId: string;
  version: number;
  members: SessionSheet['members'];
  present: string[];
  subjects: string[];
  state: Partial<CaseState>;
}) {
  const intl = useIntl();
  const general = useGeneralMessage();
  const [participation, setParticipation] = useState<Record<string, string>>({});
  const [votes, setVotes] = useState<Record<string, string>>({});
  const [justification, setJustification] = useState('');
  const command = useCaseCommand(props.caseId, (api, input: Minutes, headers) =>
    api.cases.POST('/cases/{caseId}/commission/session/minutes', {
      params: { path: { caseId: props.caseId }, header: headers },
      body: input as never,
    }),
  );
  const voters = props.members.filter((m) => props.present.includes(m.personRef));
  const chair = props.members.find((m) => m.role === 'chair');
  const refusal =
    command.error instanceof ApiProblem && RULES.includes(command.error.code) ? command.error : null;
  const submit = () => {
    // Every item of each subject's latest Protection Act is before the commission (art. 58 p.7).
    const references = Object.fromEntries(
      (props.state.protectionActs ?? []).map((a) => [
        a.personRef,
        (a.versions.at(-1)?.items ?? []).map((i) => i.id),
      ]),
    );
    command.mutate({
      version: props.version,
      input: {
        presentRefs: props.present,
        considerations: props.subjects.map((personRef) => ({
          personRef,
          participation: (participation[personRef] ?? 'in-person') as (typeof PARTICIPATION)[number],
          votes: voters.map((m) => {
            const choice = votes[`${personRef}|${m.personRef}`] ?? '';
            return {
              memberRef: m.personRef,
              choice:
                choice === 'end-proceedings'
                  ? { kind: 'end-proceedings' as const }
                  : { kind: 'penalty' as const, penalty: choice },
            };
          }),
        })),
        protectionActReferences: references,
        ...(justification.trim() ? { symmetricSanctionJustification: justification.trim() } : {}),
      },
    });
  };
  return (
    <Card withBorder component="section" aria-labelledby="vote-heading">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id="vote-heading">
            <FormattedMessage id="commission.vote.title" />
          </Title>
          <Text size="sm">
            <FormattedMessage id="commission.vote.chairRule" values={{ chair: chair?.personRef ?? '—' }} />
          </Text>
          {refusal ? (
            <Alert color="red" variant="outline" role="alert" data-testid="refusal" tabIndex={-1}>
              <Text fw={600}>
                <FormattedMessage id={`commission.refusal.${refusal.code}`} />
              </Text>
              {refusal.detail && <Text size="sm">{refusal.detail}</Text>}
            </Alert>
          ) : (
            <ErrorSummary messages={[]} general={command.error ? general(command.error) : undefined} />
          )}
          {props.subjects.map((personRef) => (
            <fieldset key={personRef} style={{ border: 0, padding: 0, margin: 0 }}>
              <legend>
                <Text fw={600}>
                  <FormattedMessage id="commission.vote.subject" values={{ person: personRef }} />
                </Text>
              </legend>
              <NativeSelect
                id={`participation-${personRef}`}
                label={intl.formatMessage({ id: 'commission.participation.label' })}
                value={participation[personRef] ?? 'in-person'}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setParticipation((p) => ({ ...p, [personRef]: value }));
                }}
                data={PARTICIPATION.map((p) => ({
                  value: p,
                  label: intl.formatMessage({ id: `commission.participation.${p}` }),
                }))}
                mb="xs"
              />
              <Table>
                <Table.Tbody>
                  {voters.map((m) => (
                    <Table.Tr key={m.personRef}>
                      <Table.Td>
                        <label htmlFor={`vote-${personRef}-${m.personRef}`}>
                          {m.personRef} — {intl.formatMessage({ id: `commission.role.${m.role}` })}
                        </label>
                      </Table.Td>
                      <Table.Td>
                        <NativeSelect
                          id={`vote-${personRef}-${m.personRef}`}
                          aria-label={intl.formatMessage(
                            { id: 'commission.vote.of' },
                            { member: m.personRef, person: personRef },
                          )}
                          value={votes[`${personRef}|${m.personRef}`] ?? ''}
                          onChange={(e) => {
                            const value = e.currentTarget.value;
                            setVotes((v) => ({ ...v, [`${personRef}|${m.personRef}`]: value }));
                          }}
                          data={[
                            { value: '', label: '—' },
                            ...CHOICES.map((c) => ({
                              value: c,
                              label: intl.formatMessage({
                                id: c === 'end-proceedings' ? 'commission.outcome.end' : `penalty.${c}`,
                              }),
                            })),
                          ]}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </fieldset>
          ))}
          <Textarea
            id="symmetric-justification"
            label={intl.formatMessage({ id: 'commission.justification.label' })}
            description={intl.formatMessage({ id: 'commission.justification.hint' })}
            value={justification}
            onChange={(e) => setJustification(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Button type="submit" w="fit-content" loading={command.isPending}>
            <FormattedMessage id="commission.vote.record" />
          </Button>
          {command.isSuccess && (
            <Text role="status">
              <FormattedMessage id="commission.vote.recorded" />
            </Text>
          )}
        </Stack>
      </form>
    </Card>
  );
}
