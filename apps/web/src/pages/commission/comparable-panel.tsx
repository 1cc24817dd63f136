import { List, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { type SessionSheet } from './use-session';

const outcomeText = (intl: ReturnType<typeof useIntl>, outcome: string) =>
  intl.formatMessage({ id: outcome === 'no-penalty' ? 'commission.outcome.none' : `penalty.${outcome}` });

/** Penalties given in comparable cases (same misconduct), anonymized counts only, as the service cut them. */
export function ComparablePanel(props: { comparable: SessionSheet['comparable'][number] }) {
  const intl = useIntl();
  const c = props.comparable;
  return (
    <section aria-labelledby={`comparable-${c.personRef}`} data-testid="comparable">
      <Title order={3} size="h4" id={`comparable-${c.personRef}`} mb="xs">
        <FormattedMessage id="commission.comparable.title" />
      </Title>
      {c.suppressed ? (
        <Text size="sm">
          <FormattedMessage id="commission.comparable.suppressed" values={{ n: c.comparableDecisions }} />
        </Text>
      ) : (
        <>
          <List size="sm">
            {c.distribution.map((d) => (
              <List.Item key={d.outcome}>
                {outcomeText(intl, d.outcome)}: {d.count}
              </List.Item>
            ))}
          </List>
          {c.typical && (
            <Text size="sm" fw={600}>
              <FormattedMessage
                id="commission.comparable.typical"
                values={{ outcome: outcomeText(intl, c.typical), n: c.comparableDecisions }}
              />
            </Text>
          )}
        </>
      )}
    </section>
  );
}
