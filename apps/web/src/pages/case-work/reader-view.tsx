import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { type CaseRead } from '../../api/views';
import { formatDay } from '../../shared/dates';

/** The case as this reader may see it (art. 42): what the service gave, and the fields it withheld, by name. */
export function ReaderView(props: { read: CaseRead }) {
  const intl = useIntl();
  const { state, withheld } = props.read;
  return (
    <Card withBorder component="section" aria-labelledby="reader-heading">
      <Title order={2} size="h3" id="reader-heading" mb="xs">
        <FormattedMessage id="work.reader.title" />
      </Title>
      <Stack gap="xs">
        {withheld.length > 0 && (
          <div data-testid="withheld">
            <Text size="sm" fw={600}>
              <FormattedMessage id="work.reader.withheld" />
            </Text>
            <Group gap={4}>
              {withheld.map((field) => (
                <Badge key={field} variant="outline" color="gray" c="dark" tt="none">
                  {intl.messages[`work.stateField.${field}`]
                    ? intl.formatMessage({ id: `work.stateField.${field}` })
                    : field}
                </Badge>
              ))}
            </Group>
          </div>
        )}
        {state.parties && (
          <div>
            <Text size="sm" fw={600}>
              <FormattedMessage id="work.stateField.parties" />
            </Text>
            <List size="sm">
              {state.parties.map((p) => (
                <List.Item key={p.personRef}>
                  {p.personRef}: {p.roles.map((r) => intl.formatMessage({ id: `role.${r}` })).join(', ')}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {state.violations && (
          <div>
            <Text size="sm" fw={600}>
              <FormattedMessage id="work.stateField.violations" />
            </Text>
            <List size="sm">
              {state.violations.map((v) => (
                <List.Item key={v.id}>
                  {v.description} ({v.subjectRefs.join(', ')}; {formatDay(intl, v.committedOn)})
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {state.investigation && (
          <Text size="sm">
            <FormattedMessage
              id="work.reader.investigation"
              values={{
                investigator: state.investigation.investigatorRef,
                head: state.investigation.orderedBy,
                date: formatDay(intl, state.investigation.orderedOn),
              }}
            />
          </Text>
        )}
        {(state.protectionActs ?? []).map((act) => {
          const latest = act.versions.at(-1);
          return (
            <div key={act.personRef} data-testid={`act-${act.personRef}`}>
              <Text size="sm" fw={600}>
                <FormattedMessage
                  id="work.reader.act"
                  values={{ person: act.personRef, versions: act.versions.length }}
                />
              </Text>
              <List size="sm">
                {(latest?.items ?? []).map((item) => {
                  const answer = [...act.answers].reverse().find((a) => a.itemId === item.id);
                  return (
                    <List.Item key={item.id}>
                      {item.id} · <FormattedMessage id={`pa.section.${item.section}`} />
                      {': '}
                      {answer ? (
                        <>
                          <FormattedMessage id={`pa.answer.decision.${answer.decision}`} /> — {answer.reason}
                        </>
                      ) : (
                        <FormattedMessage id="pa.answer.pending" />
                      )}
                    </List.Item>
                  );
                })}
              </List>
            </div>
          );
        })}
        {state.conclusion && (
          <Text size="sm" data-testid="conclusion-state">
            <FormattedMessage
              id={
                state.conclusion.approvedOn
                  ? 'work.reader.conclusionApproved'
                  : 'work.reader.conclusionSubmitted'
              }
              values={{
                date: formatDay(intl, state.conclusion.approvedOn ?? state.conclusion.submittedOn),
                by: state.conclusion.approvedBy ?? state.conclusion.investigatorRef,
              }}
            />
          </Text>
        )}
        {(state.penalties ?? []).length > 0 && (
          <List size="sm">
            {(state.penalties ?? []).map((p) => (
              <List.Item key={p.penaltyId}>
                {p.personRef}: <FormattedMessage id={`penalty.${p.penalty}`} /> ({p.status})
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
