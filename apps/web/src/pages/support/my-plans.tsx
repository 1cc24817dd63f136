import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { FormattedMessage } from 'react-intl';
import { ErrorSummary } from '../../components/error-summary';
import { useGeneralMessage } from '../../shared/problem-text';
import { type MyPlan, useConsent, useMyPlans } from './use-support';
import { Loading } from '../../components/loading';

/**
 * The officer's support plans after a case: what each offers, their consent (give, refuse, or stop later) and the
 * way to the check-in questionnaire. Staff see the consent; without it nobody contacts the officer.
 */
export function MyPlans() {
  const plans = useMyPlans();
  const active = (plans.data ?? []).filter((p) => p.status !== 'ended');
  return (
    <Card withBorder component="section" aria-labelledby="plans-heading">
      <Title order={2} size="h3" id="plans-heading" mb="xs">
        <FormattedMessage id="support.plans.title" />
      </Title>
      {plans.isPending ? (
        <Loading size="sm" />
      ) : active.length === 0 ? (
        <Text data-testid="support-plans-none">
          <FormattedMessage id="support.plans.none" />
        </Text>
      ) : (
        <Stack gap="md">
          {active.map((p) => (
            <PlanCard key={p.planId} plan={p} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function PlanCard({ plan }: { plan: MyPlan }) {
  const consent = useConsent(plan.planId);
  const general = useGeneralMessage();
  const headingId = `plan-${plan.planId.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const refused = plan.consentState === 'declined' || plan.consentState === 'stopped';
  return (
    <Stack
      gap="xs"
      component="section"
      aria-labelledby={headingId}
      data-testid="support-plan"
      data-case={plan.caseId ?? ''}
    >
      <Title order={3} size="h4" id={headingId}>
        {plan.caseId ? (
          <FormattedMessage id="support.plan.case" values={{ caseId: plan.caseId.slice(0, 8) }} />
        ) : (
          <FormattedMessage id="support.plan.other" />
        )}
      </Title>
      <Text>
        <FormattedMessage id="support.plan.offer" />
      </Text>
      <Text fw={600} data-testid="support-consent">
        <FormattedMessage id={`support.consent.${plan.consentState}`} />
      </Text>
      <ErrorSummary messages={[]} general={consent.error ? general(consent.error) : undefined} />
      {plan.consentState === 'pending' && (
        <Group gap="sm">
          <Button
            data-testid="consent-give"
            loading={consent.isPending && consent.variables === 'given'}
            onClick={() => consent.mutate('given')}
          >
            <FormattedMessage id="support.consent.give" />
          </Button>
          <Button
            variant="default"
            data-testid="consent-decline"
            loading={consent.isPending && consent.variables === 'declined'}
            onClick={() => consent.mutate('declined')}
          >
            <FormattedMessage id="support.consent.decline" />
          </Button>
        </Group>
      )}
      {!refused && (
        // The questionnaire is the card's main step once consent is given (before, the consent is); stopping the
        // support sits beside it as the lesser one, in the same size (a small subtle button beside a link read as
        // misaligned on a phone).
        <Group gap="sm">
          <Button
            component={Link}
            to={`/wellbeing/plans/${encodeURIComponent(plan.planId)}/check-in`}
            variant={plan.consentState === 'given' ? 'filled' : 'default'}
            data-testid="check-in-start"
          >
            <FormattedMessage id="support.checkIn.start" />
          </Button>
          {plan.consentState === 'given' && (
            <Button variant="default" data-testid="consent-stop" onClick={() => consent.mutate('stopped')}>
              <FormattedMessage id="support.consent.stop" />
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
