import { Button, Group, NativeSelect, Stack, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useApi } from '../../api/api-context';
import { body } from '../../api/client';
import { ErrorSummary } from '../../components/error-summary';
import { useGeneralMessage } from '../../shared/problem-text';

const CHANNELS = ['phone', 'in-person', 'message', 'no-answer'] as const;
const REFERRALS = ['psychologist', 'peer-support', 'hr'] as const;
const OUTCOMES = ['completed', 'worrying', 'declined'] as const;

/** What the staff do with a task: log a contact, refer, close with an outcome. Each reads the task again. */
export function TaskActions(props: { taskId: string }) {
  const intl = useIntl();
  const api = useApi();
  const queryClient = useQueryClient();
  const general = useGeneralMessage();
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>('phone');
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>('completed');
  const [note, setNote] = useState('');
  const [referral, setReferral] = useState<(typeof REFERRALS)[number]>('psychologist');
  const path = { params: { path: { id: props.taskId } } };
  const done = () => {
    setNote('');
    void queryClient.invalidateQueries({ queryKey: ['desk'] });
  };
  const contact = useMutation({
    mutationFn: () =>
      body(
        api.wellbeing.POST('/tasks/{id}/contacts', {
          ...path,
          body: { channel, note, checkInOutcome: outcome },
        }),
      ),
    onSuccess: done,
  });
  const refer = useMutation({
    mutationFn: () =>
      body(api.wellbeing.POST('/tasks/{id}/referrals', { ...path, body: { kind: referral, note } })),
    onSuccess: done,
  });
  const close = useMutation({
    mutationFn: () =>
      body(
        api.wellbeing.POST('/tasks/{id}/close', {
          ...path,
          body: { outcome: note.trim(), checkInOutcome: outcome },
        }),
      ),
    onSuccess: done,
  });
  const error = contact.error ?? refer.error ?? close.error;
  return (
    <Stack gap="sm" component="section" aria-labelledby="task-actions">
      <Title order={2} size="h3" id="task-actions">
        <FormattedMessage id="desk.actions.title" />
      </Title>
      <ErrorSummary messages={[]} general={error ? general(error) : undefined} />
      <Textarea
        id="task-note"
        label={intl.formatMessage({ id: 'desk.actions.note' })}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <NativeSelect
        id="task-outcome"
        label={intl.formatMessage({ id: 'desk.actions.outcome' })}
        value={outcome}
        onChange={(e) => setOutcome(e.currentTarget.value as (typeof OUTCOMES)[number])}
        data={OUTCOMES.map((o) => ({ value: o, label: intl.formatMessage({ id: `desk.outcome.${o}` }) }))}
      />
      <Group align="end" wrap="wrap">
        <NativeSelect
          id="task-channel"
          label={intl.formatMessage({ id: 'desk.actions.channel' })}
          value={channel}
          onChange={(e) => setChannel(e.currentTarget.value as (typeof CHANNELS)[number])}
          data={CHANNELS.map((c) => ({ value: c, label: intl.formatMessage({ id: `desk.channel.${c}` }) }))}
        />
        <Button onClick={() => contact.mutate()} loading={contact.isPending}>
          <FormattedMessage id="desk.actions.logContact" />
        </Button>
      </Group>
      <Group align="end" wrap="wrap">
        <NativeSelect
          id="task-referral"
          label={intl.formatMessage({ id: 'desk.actions.referral' })}
          value={referral}
          onChange={(e) => setReferral(e.currentTarget.value as (typeof REFERRALS)[number])}
          data={REFERRALS.map((r) => ({ value: r, label: intl.formatMessage({ id: `desk.referral.${r}` }) }))}
        />
        <Button variant="outline" onClick={() => refer.mutate()} loading={refer.isPending}>
          <FormattedMessage id="desk.actions.refer" />
        </Button>
      </Group>
      <Button w="fit-content" onClick={() => close.mutate()} loading={close.isPending}>
        <FormattedMessage id="desk.actions.close" />
      </Button>
    </Stack>
  );
}
