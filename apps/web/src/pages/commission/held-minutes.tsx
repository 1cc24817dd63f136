import { Card, List, Text, Title } from '@mantine/core';
import { type CaseState } from '@qorgau/domain';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatDay } from '../../shared/dates';

/** The minutes of the sitting as recorded: who was present, each subject's recommendation and its tally. */
export function HeldMinutes(props: { state: Partial<CaseState> }) {
  const intl = useIntl();
  const commission = props.state.commission;
  if (!commission?.heldOn) return null;
  const outcome = (o: { kind: string; penalty?: string }) =>
    intl.formatMessage({ id: o.kind === 'penalty' ? `penalty.${o.penalty}` : 'commission.outcome.end' });
  return (
    <Card withBorder component="section" aria-labelledby="minutes-heading" data-testid="minutes">
      <Title order={2} size="h3" id="minutes-heading" mb="xs">
        <FormattedMessage id="commission.minutes.title" />
      </Title>
      <Text mb="xs">
        <FormattedMessage
          id="commission.minutes.held"
          values={{ date: formatDay(intl, commission.heldOn), present: commission.presentRefs.join(', ') }}
        />
      </Text>
      <List>
        {commission.recommendations.map((r) => (
          <List.Item key={r.personRef} data-testid="recommendation">
            <FormattedMessage
              id="commission.minutes.recommendation"
              values={{
                person: r.personRef,
                outcome: outcome(r.outcome),
                counts: r.tally.counts.map((c) => `${outcome(c.choice)} ${c.votes}`).join(', '),
              }}
            />
            {r.tally.decidedByChair && (
              <Text size="sm" fw={600} data-testid="decided-by-chair">
                <FormattedMessage id="commission.minutes.byChair" />
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
