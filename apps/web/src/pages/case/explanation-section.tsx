import { Button, Card, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { type CaseState } from '@qorgau/domain';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useAuth } from '../../auth/auth-context';
import { ErrorSummary } from '../../components/error-summary';
import { formatDay } from '../../shared/dates';
import { useFieldMessages, useGeneralMessage } from '../../shared/problem-text';
import { useCaseCommand } from '../../shared/use-case-command';

type Kind = 'admission' | 'denial' | 'refusal';

/** The written explanation asked from a subject (art. 57 p.3): see the request, give one. */
export function ExplanationSection(props: { caseId: string; version: number; state: Partial<CaseState> }) {
  const intl = useIntl();
  const { claims } = useAuth();
  const [kind, setKind] = useState<Kind | ''>('');
  const [documentRef, setDocumentRef] = useState('');
  const fieldMessages = useFieldMessages();
  const general = useGeneralMessage();
  const command = useCaseCommand(
    props.caseId,
    (api, input: { kind: Kind | ''; documentRef: string }, headers) =>
      api.cases.POST('/cases/{caseId}/explanations', {
        params: { path: { caseId: props.caseId }, header: headers },
        body: {
          personRef: claims?.personRef ?? '',
          kind: input.kind as Kind,
          documentRef: input.documentRef,
        },
      }),
  );
  const me = claims?.personRef;
  const isSubject = props.state.parties?.some((p) => p.personRef === me && p.roles.includes('subject'));
  if (!isSubject) return null;
  const mine = props.state.explanations?.find((e) => e.personRef === me);
  const requested = Boolean(props.state.explanationDueOn);
  const labels: Record<string, { fieldId: string; label: string }> = {
    kind: { fieldId: 'explanation-kind', label: intl.formatMessage({ id: 'case.explanations.kind' }) },
    documentRef: {
      fieldId: 'explanation-document',
      label: intl.formatMessage({ id: 'case.explanations.document' }),
    },
  };
  const messages = fieldMessages(command.error, (field) => labels[field]);
  const messageFor = (id: string) => messages.find((m) => m.fieldId === id)?.message;
  return (
    <Card withBorder component="section" aria-labelledby="explanation-heading">
      <Title order={2} size="h3" id="explanation-heading" mb="xs">
        <FormattedMessage id="case.explanations.title" />
      </Title>
      {!requested && !mine && (
        <Text>
          <FormattedMessage id="case.explanations.notRequested" />
        </Text>
      )}
      {mine && (
        <Text fw={600}>
          <FormattedMessage id={`case.explanations.kind.${mine.kind}`} /> · {formatDay(intl, mine.recordedOn)}
        </Text>
      )}
      {requested && !mine && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            command.mutate({ input: { kind, documentRef }, version: props.version });
          }}
        >
          <Stack gap="sm">
            <Text>
              <FormattedMessage id="case.explanations.requested" />{' '}
              <FormattedMessage
                id="case.deadlines.due"
                values={{ date: formatDay(intl, props.state.explanationDueOn!) }}
              />
            </Text>
            <ErrorSummary
              messages={messages}
              general={messages.length === 0 && command.error ? general(command.error) : undefined}
            />
            <Radio.Group
              id="explanation-kind"
              label={labels.kind!.label}
              value={kind}
              onChange={(v) => setKind(v as Kind)}
              error={messageFor('explanation-kind')}
            >
              <Stack gap={6} mt={6}>
                {(['admission', 'denial', 'refusal'] as const).map((k) => (
                  <Radio
                    key={k}
                    value={k}
                    label={intl.formatMessage({ id: `case.explanations.kind.${k}` })}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <TextInput
              id="explanation-document"
              label={labels.documentRef!.label}
              description={intl.formatMessage({ id: 'case.explanations.documentHint' })}
              value={documentRef}
              onChange={(e) => setDocumentRef(e.currentTarget.value)}
              error={messageFor('explanation-document')}
            />
            <Button type="submit" loading={command.isPending} w="fit-content">
              <FormattedMessage id="case.explanations.give" />
            </Button>
          </Stack>
        </form>
      )}
      {command.isSuccess && (
        <Text role="status">
          <FormattedMessage id="case.explanations.sent" />
        </Text>
      )}
    </Card>
  );
}
