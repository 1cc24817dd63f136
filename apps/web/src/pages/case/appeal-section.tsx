import { Button, Card, Radio, Stack, Text, Title } from '@mantine/core';
import { type CaseState } from '@qorgau/domain';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useAuth } from '../../auth/auth-context';
import { ErrorSummary } from '../../components/error-summary';
import { formatDay } from '../../shared/dates';
import { useFieldMessages, useGeneralMessage } from '../../shared/problem-text';
import { useCaseCommand } from '../../shared/use-case-command';
import { useDeadlines } from './use-case';

type To = 'higher-official' | 'court';

/** The penalized officer's appeal (art. 57 p.19-21), with its deadline as the service computes it. */
export function AppealSection(props: { caseId: string; version: number; state: Partial<CaseState> }) {
  const { claims } = useAuth();
  const penalties = (props.state.penalties ?? []).filter(
    (p) =>
      p.personRef === claims?.personRef &&
      !(props.state.appeals ?? []).some((a) => a.penaltyId === p.penaltyId),
  );
  const appeals = (props.state.appeals ?? []).filter((a) => a.personRef === claims?.personRef);
  if (penalties.length === 0 && appeals.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="appeal-heading">
      <Title order={2} size="h3" id="appeal-heading" mb="xs">
        <FormattedMessage id="case.appeal.title" />
      </Title>
      {appeals.map((a) => (
        <Text key={a.appealId} fw={600}>
          <FormattedMessage id="case.appeal.filed" />
        </Text>
      ))}
      {penalties.map((p) => (
        <AppealForm key={p.penaltyId} {...props} penaltyId={p.penaltyId} penalty={p.penalty} />
      ))}
    </Card>
  );
}

function AppealForm(props: { caseId: string; version: number; penaltyId: string; penalty: string }) {
  const intl = useIntl();
  const [to, setTo] = useState<To | ''>('');
  const deadlines = useDeadlines(props.caseId);
  const due = deadlines.data?.find((d) => d.clock.clock === 'appeal' && d.penaltyId === props.penaltyId);
  const fieldMessages = useFieldMessages();
  const general = useGeneralMessage();
  const command = useCaseCommand(props.caseId, (api, input: { to: To | '' }, headers) =>
    api.cases.POST('/cases/{caseId}/appeals', {
      params: { path: { caseId: props.caseId }, header: headers },
      body: { appealId: `appeal-${crypto.randomUUID()}`, penaltyId: props.penaltyId, to: input.to as To },
    }),
  );
  const fieldId = `appeal-to-${props.penaltyId.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const label = intl.formatMessage({ id: 'case.appeal.to' });
  const messages = fieldMessages(command.error, (field) => (field === 'to' ? { fieldId, label } : undefined));
  if (command.isSuccess)
    return (
      <Text role="status" fw={600}>
        <FormattedMessage id="case.appeal.filed" />
      </Text>
    );
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        command.mutate({ input: { to }, version: props.version });
      }}
    >
      <Stack gap="sm">
        <Text>
          <FormattedMessage
            id="case.appeal.intro"
            values={{ penalty: intl.formatMessage({ id: `penalty.${props.penalty}` }) }}
          />
        </Text>
        {due && (
          <Text fw={600} data-testid="appeal-deadline">
            <FormattedMessage id="case.appeal.deadline" values={{ date: formatDay(intl, due.clock.dueOn) }} />
          </Text>
        )}
        <ErrorSummary
          messages={messages}
          general={messages.length === 0 && command.error ? general(command.error) : undefined}
        />
        <Radio.Group
          id={fieldId}
          label={label}
          value={to}
          onChange={(v) => setTo(v as To)}
          error={messages[0]?.message}
        >
          <Stack gap={6} mt={6}>
            {(['higher-official', 'court'] as const).map((k) => (
              <Radio key={k} value={k} label={intl.formatMessage({ id: `case.appeal.to.${k}` })} />
            ))}
          </Stack>
        </Radio.Group>
        <Button type="submit" loading={command.isPending} w="fit-content">
          <FormattedMessage id="case.appeal.file" />
        </Button>
      </Stack>
    </form>
  );
}
