import { Anchor, Button, Card, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorSummary } from '../../components/error-summary';
import { useLocale } from '../../i18n/locale';
import { useFieldMessages, useGeneralMessage } from '../../shared/problem-text';
import { useQuestionnaire, useSubmitCheckIn } from './use-support';
import { Loading } from '../../components/loading';

const itemField = (itemId: string) => `check-in-${itemId}`;
/** Each question stands out from its answers: on a phone seven questions of four options read as one list otherwise. */
const QUESTION = { label: { fontWeight: 600, fontSize: 'var(--mantine-font-size-md)' } };

/**
 * The officer's check-in: the service's questionnaire in the reader's language (its items and options are the
 * service's, so the web scores nothing), whether they want a call, and anything they want to say. The service
 * decides what is urgent and who is told; a refusal names the question left unanswered.
 */
export function CheckInPage() {
  const intl = useIntl();
  const { locale } = useLocale();
  const { planId } = useParams({ from: '/wellbeing/plans/$planId/check-in' });
  const questionnaire = useQuestionnaire(locale);
  const submit = useSubmitCheckIn(planId);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [contact, setContact] = useState('');
  const [concern, setConcern] = useState('');
  const fieldMessages = useFieldMessages();
  const general = useGeneralMessage();
  const items = questionnaire.data?.items ?? [];
  const locate = (field: string) => {
    if (field.startsWith('answers')) {
      // `answers.<question>` names its question; `answers` alone, the first question left open.
      const item =
        items.find((i) => field === `answers.${i.id}`) ?? items.find((i) => !answers[i.id]) ?? items[0];
      return item ? { fieldId: itemField(item.id), label: item.text } : undefined;
    }
    if (field === 'contactRequested')
      return { fieldId: 'check-in-contact', label: questionnaire.data?.contactRequest ?? field };
    if (field === 'concern')
      return { fieldId: 'check-in-concern', label: questionnaire.data?.concernPrompt ?? field };
    return undefined;
  };
  const choices = new Map<string, string>([
    ...items.map((i): [string, string] => [itemField(i.id), i.text]),
    ['check-in-contact', questionnaire.data?.contactRequest ?? ''],
  ]);
  // A question left open is a choice to make, not text to enter; each question is named once.
  const messages = fieldMessages(submit.error, locate)
    .map((m) =>
      choices.has(m.fieldId)
        ? {
            ...m,
            message: intl.formatMessage({ id: 'support.checkIn.choose' }, { label: choices.get(m.fieldId) }),
          }
        : m,
    )
    .filter((m, i, all) => all.findIndex((o) => o.fieldId === m.fieldId) === i);
  const messageFor = (id: string) => messages.find((m) => m.fieldId === id)?.message;

  if (submit.isSuccess)
    return (
      <Stack gap="md">
        <Title order={1}>
          <FormattedMessage id="support.checkIn.sentTitle" />
        </Title>
        <Card withBorder role="status" data-testid="check-in-sent">
          <Text>
            <FormattedMessage
              id={contact === 'yes' ? 'support.checkIn.sentContact' : 'support.checkIn.sent'}
            />
          </Text>
        </Card>
        <Anchor component={Link} to="/wellbeing">
          <FormattedMessage id="support.back" />
        </Anchor>
      </Stack>
    );
  return (
    <Stack gap="md">
      <Title order={1}>
        <FormattedMessage id="support.checkIn.title" />
      </Title>
      <Text>
        <FormattedMessage id="support.checkIn.intro" />
      </Text>
      {questionnaire.isPending ? (
        <Loading size="sm" />
      ) : (
        <form
          noValidate
          data-testid="check-in-form"
          onSubmit={(e) => {
            e.preventDefault();
            submit.mutate({
              answers,
              // Unanswered stays unanswered: the service names it rather than the page guessing "no".
              contactRequested: (contact === '' ? undefined : contact === 'yes') as boolean,
              ...(concern.trim() ? { concern } : {}),
              language: locale,
            });
          }}
        >
          <Stack gap="lg">
            <ErrorSummary
              messages={messages}
              general={messages.length === 0 && submit.error ? general(submit.error) : undefined}
            />
            {items.map((item) => (
              <Radio.Group
                key={item.id}
                id={itemField(item.id)}
                label={item.text}
                styles={QUESTION}
                value={answers[item.id] ?? ''}
                onChange={(v) => setAnswers((old) => ({ ...old, [item.id]: v }))}
                error={messageFor(itemField(item.id))}
                data-testid="check-in-item"
              >
                <Stack gap={6} mt={6}>
                  {item.options.map((o) => (
                    <Radio key={o.id} id={`${itemField(item.id)}-${o.id}`} value={o.id} label={o.text} />
                  ))}
                </Stack>
              </Radio.Group>
            ))}
            <Radio.Group
              id="check-in-contact"
              label={questionnaire.data?.contactRequest}
              styles={QUESTION}
              value={contact}
              onChange={setContact}
              error={messageFor('check-in-contact')}
            >
              <Stack gap={6} mt={6}>
                <Radio
                  id="check-in-contact-yes"
                  value="yes"
                  label={intl.formatMessage({ id: 'common.yes' })}
                />
                <Radio id="check-in-contact-no" value="no" label={intl.formatMessage({ id: 'common.no' })} />
              </Stack>
            </Radio.Group>
            <Textarea
              id="check-in-concern"
              // The service's prompt already says the answer is optional and who reads it.
              label={questionnaire.data?.concernPrompt}
              styles={QUESTION}
              autosize
              minRows={3}
              value={concern}
              onChange={(e) => setConcern(e.currentTarget.value)}
              error={messageFor('check-in-concern')}
            />
            <Button type="submit" w="fit-content" loading={submit.isPending} data-testid="check-in-send">
              <FormattedMessage id="support.checkIn.send" />
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
