import { Card, Text, Title } from '@mantine/core';
import { type CaseState } from '@qorgau/domain';
import { FormattedMessage, useIntl } from 'react-intl';
import { useAuth } from '../../auth/auth-context';
import { formatDay } from '../../shared/dates';

/** The officer's familiarization with the conclusion: recorded by whoever shows it; here the officer sees it. */
export function FamiliarizationSection(props: {
  caseId: string;
  version: number;
  state: Partial<CaseState>;
}) {
  const intl = useIntl();
  const { claims } = useAuth();
  const conclusion = props.state.conclusion;
  if (!conclusion || !claims) return null;
  const mine = conclusion.familiarizations.find((f) => f.personRef === claims.personRef);
  return (
    <Card withBorder component="section" aria-labelledby="familiarization-heading">
      <Title order={2} size="h3" id="familiarization-heading" mb="xs">
        <FormattedMessage id="case.familiarization.title" />
      </Title>
      <Text mb="xs">
        <FormattedMessage id="case.familiarization.intro" />
      </Text>
      {conclusion.familiarizationDueOn && !mine && (
        <Text>
          <FormattedMessage
            id="case.deadlines.due"
            values={{ date: formatDay(intl, conclusion.familiarizationDueOn) }}
          />
        </Text>
      )}
      <Text fw={600} data-testid="familiarization-status">
        <FormattedMessage
          id={
            !mine
              ? 'case.familiarization.pending'
              : mine.outcome === 'signed'
                ? 'case.familiarization.signed'
                : 'case.familiarization.refused'
          }
        />
      </Text>
    </Card>
  );
}
