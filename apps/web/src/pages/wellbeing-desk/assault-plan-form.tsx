import { Button, Card, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useApi } from '../../api/api-context';
import { body } from '../../api/client';
import { ErrorSummary } from '../../components/error-summary';
import { useFieldMessages, useGeneralMessage } from '../../shared/problem-text';

const FIELDS = ['personRef', 'unitId', 'incidentRef', 'reportedOn'] as const;

/** Support for an officer assaulted on duty, opened from the desk: no disciplinary case behind it. */
export function AssaultPlanForm() {
  const intl = useIntl();
  const api = useApi();
  const queryClient = useQueryClient();
  const fieldMessages = useFieldMessages();
  const general = useGeneralMessage();
  const [values, setValues] = useState<Record<(typeof FIELDS)[number], string>>({
    personRef: '',
    unitId: '',
    incidentRef: '',
    reportedOn: '',
  });
  const [consent, setConsent] = useState<'pending' | 'given'>('pending');
  const start = useMutation({
    mutationFn: () =>
      body(
        api.wellbeing.POST('/plans/assault-on-duty', {
          // The OpenAPI document lists the Authorization header (the service passes it on to the directory); the
          // client's middleware sets it on every call.
          body: { ...values, consent },
        } as never),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['desk'] }),
  });
  const label = (f: string) => intl.formatMessage({ id: `desk.assault.${f}` });
  const messages = fieldMessages(start.error, (f) =>
    (FIELDS as readonly string[]).includes(f) ? { fieldId: `assault-${f}`, label: label(f) } : undefined,
  );
  return (
    <Card withBorder component="section" aria-labelledby="assault-heading">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          start.mutate();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id="assault-heading">
            <FormattedMessage id="desk.assault.title" />
          </Title>
          <ErrorSummary
            messages={messages}
            general={messages.length === 0 && start.error ? general(start.error) : undefined}
          />
          {FIELDS.map((f) => (
            <TextInput
              key={f}
              id={`assault-${f}`}
              label={label(f)}
              type={f === 'reportedOn' ? 'date' : 'text'}
              value={values[f]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setValues((v) => ({ ...v, [f]: value }));
              }}
              error={messages.find((m) => m.fieldId === `assault-${f}`)?.message}
            />
          ))}
          <NativeSelect
            id="assault-consent"
            label={label('consent')}
            value={consent}
            onChange={(e) => setConsent(e.currentTarget.value as 'pending' | 'given')}
            data={(['pending', 'given'] as const).map((c) => ({
              value: c,
              label: intl.formatMessage({ id: `desk.consent.${c}` }),
            }))}
          />
          <Button type="submit" w="fit-content" loading={start.isPending}>
            <FormattedMessage id="desk.assault.start" />
          </Button>
          {start.isSuccess && (
            <Text role="status">
              <FormattedMessage id="desk.assault.started" />
            </Text>
          )}
        </Stack>
      </form>
    </Card>
  );
}
