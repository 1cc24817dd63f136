import { Button, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorSummary } from '../../components/error-summary';
import { useFieldMessages, useGeneralMessage } from '../../shared/problem-text';
import { useCaseCommand } from '../../shared/use-case-command';

/** Asking for more working days to write the Protection Act, with reasons; the head decides. */
export function ExtensionRequest(props: { caseId: string; version: number }) {
  const intl = useIntl();
  const [days, setDays] = useState<number | string>('');
  const [reason, setReason] = useState('');
  const fieldMessages = useFieldMessages();
  const general = useGeneralMessage();
  const command = useCaseCommand(
    props.caseId,
    (api, input: { days: number | string; reason: string }, headers) =>
      api.cases.POST('/cases/{caseId}/protection-acts/extension-requests', {
        params: { path: { caseId: props.caseId }, header: headers },
        body: { workingDays: Number(input.days) || 0, reason: input.reason },
      }),
  );
  const labels: Record<string, { fieldId: string; label: string }> = {
    workingDays: { fieldId: 'extension-days', label: intl.formatMessage({ id: 'pa.extension.days' }) },
    reason: { fieldId: 'extension-reason', label: intl.formatMessage({ id: 'pa.extension.reason' }) },
  };
  const messages = fieldMessages(command.error, (f) => labels[f]);
  const messageFor = (id: string) => messages.find((m) => m.fieldId === id)?.message;
  return (
    <form
      noValidate
      aria-labelledby="extension-heading"
      onSubmit={(e) => {
        e.preventDefault();
        command.mutate({ input: { days, reason }, version: props.version });
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="extension-heading">
          <FormattedMessage id="pa.extension.title" />
        </Title>
        <ErrorSummary
          messages={messages}
          general={messages.length === 0 && command.error ? general(command.error) : undefined}
        />
        <NumberInput
          id="extension-days"
          label={labels.workingDays!.label}
          value={days}
          onChange={setDays}
          min={1}
          max={30}
          w={200}
          error={messageFor('extension-days')}
        />
        <Textarea
          id="extension-reason"
          label={labels.reason!.label}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
          error={messageFor('extension-reason')}
        />
        <Button type="submit" variant="outline" w="fit-content" loading={command.isPending}>
          <FormattedMessage id="pa.extension.send" />
        </Button>
        {command.isSuccess && (
          <Text role="status">
            <FormattedMessage id="pa.extension.sent" />
          </Text>
        )}
      </Stack>
    </form>
  );
}
