import { Alert, Button, Card, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useApi } from '../api/api-context';
import { body } from '../api/client';
import { ErrorSummary } from '../components/error-summary';
import { formatInstant } from '../shared/dates';
import { useFieldMessages, useGeneralMessage } from '../shared/problem-text';
import { useMyCases } from './my-cases';
import { MyPlans } from './support/my-plans';
import { Loading } from '../components/loading';

const CATEGORIES = ['retaliation', 'stigmatization', 'isolation', 'other'] as const;

/** The officer's own check-ins and concerns, behind wellbeing's wall (only wellbeing staff see them). */
export function WellbeingPage() {
  const intl = useIntl();
  const api = useApi();
  const checkIns = useQuery({
    queryKey: ['wellbeing', 'check-ins'],
    queryFn: async () =>
      (await body(api.wellbeing.GET('/me/check-ins', {}))) as unknown as { submittedAt: string }[],
  });
  const concerns = useQuery({
    queryKey: ['wellbeing', 'concerns'],
    queryFn: async () =>
      (await body(api.wellbeing.GET('/me/concerns', {}))) as unknown as {
        id: string;
        category: string;
        raisedAt: string;
      }[],
  });
  return (
    <Stack gap="md">
      <Title order={1}>
        <FormattedMessage id="wellbeing.title" />
      </Title>
      <Alert color="blue" variant="light">
        <FormattedMessage id="wellbeing.intro" />
      </Alert>
      <MyPlans />
      <Card withBorder component="section" aria-labelledby="check-ins-heading">
        <Title order={2} size="h3" id="check-ins-heading" mb="xs">
          <FormattedMessage id="wellbeing.checkIns" />
        </Title>
        {checkIns.isPending ? (
          <Loading size="sm" />
        ) : (checkIns.data ?? []).length === 0 ? (
          <Text>
            <FormattedMessage id="wellbeing.checkIns.empty" />
          </Text>
        ) : (
          <ol>
            {[...(checkIns.data ?? [])].reverse().map((c, i) => (
              <li key={c.submittedAt}>
                <FormattedMessage
                  id="wellbeing.checkIn.item"
                  values={{ n: i + 1, date: formatInstant(intl, c.submittedAt) }}
                />
              </li>
            ))}
          </ol>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="concerns-heading">
        <Title order={2} size="h3" id="concerns-heading" mb="xs">
          <FormattedMessage id="wellbeing.concerns" />
        </Title>
        {(concerns.data ?? []).length === 0 ? (
          <Text mb="sm">
            <FormattedMessage id="wellbeing.concerns.empty" />
          </Text>
        ) : (
          <ul>
            {(concerns.data ?? []).map((c) => (
              <li key={c.id}>
                <FormattedMessage id={`wellbeing.category.${c.category}`} /> ·{' '}
                {formatInstant(intl, c.raisedAt)}
              </li>
            ))}
          </ul>
        )}
        <ConcernForm />
      </Card>
    </Stack>
  );
}

function ConcernForm() {
  const intl = useIntl();
  const api = useApi();
  const queryClient = useQueryClient();
  const cases = useMyCases();
  const [caseId, setCaseId] = useState('');
  const [category, setCategory] = useState('');
  const [content, setContent] = useState('');
  const fieldMessages = useFieldMessages();
  const general = useGeneralMessage();
  const raise = useMutation({
    mutationFn: () =>
      body(
        api.wellbeing.POST('/me/concerns', {
          body: { caseId, category: category as (typeof CATEGORIES)[number], content } as never,
        }),
      ),
    onSuccess: () => {
      setContent('');
      void queryClient.invalidateQueries({ queryKey: ['wellbeing', 'concerns'] });
    },
  });
  const labels: Record<string, { fieldId: string; label: string }> = {
    caseId: { fieldId: 'concern-case', label: intl.formatMessage({ id: 'wellbeing.concern.case' }) },
    category: {
      fieldId: 'concern-category',
      label: intl.formatMessage({ id: 'wellbeing.concern.category' }),
    },
    content: { fieldId: 'concern-content', label: intl.formatMessage({ id: 'wellbeing.concern.text' }) },
  };
  const messages = fieldMessages(raise.error, (f) => labels[f]);
  const messageFor = (id: string) => messages.find((m) => m.fieldId === id)?.message;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        raise.mutate();
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h4">
          <FormattedMessage id="wellbeing.concern.new" />
        </Title>
        <ErrorSummary
          messages={messages}
          general={messages.length === 0 && raise.error ? general(raise.error) : undefined}
        />
        <NativeSelect
          id="concern-case"
          label={labels.caseId!.label}
          value={caseId}
          onChange={(e) => setCaseId(e.currentTarget.value)}
          data={[
            { value: '', label: '—' },
            ...(cases.data ?? []).map((c) => ({ value: c.caseId, label: c.caseId })),
          ]}
          error={messageFor('concern-case')}
        />
        <NativeSelect
          id="concern-category"
          label={labels.category!.label}
          value={category}
          onChange={(e) => setCategory(e.currentTarget.value)}
          data={[
            { value: '', label: '—' },
            ...CATEGORIES.map((c) => ({
              value: c,
              label: intl.formatMessage({ id: `wellbeing.category.${c}` }),
            })),
          ]}
          error={messageFor('concern-category')}
        />
        <Textarea
          id="concern-content"
          label={labels.content!.label}
          value={content}
          onChange={(e) => setContent(e.currentTarget.value)}
          autosize
          minRows={3}
          error={messageFor('concern-content')}
        />
        <Button type="submit" w="fit-content" loading={raise.isPending}>
          <FormattedMessage id="wellbeing.concern.send" />
        </Button>
        {raise.isSuccess && (
          <Text role="status">
            <FormattedMessage id="wellbeing.concern.sent" />
          </Text>
        )}
      </Stack>
    </form>
  );
}
