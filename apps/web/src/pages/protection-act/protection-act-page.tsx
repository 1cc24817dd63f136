import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { type ProtectionActRecord } from '@qorgau/domain';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiProblem } from '../../api/problem';
import { SECTIONS } from '../../api/views';
import { useAuth } from '../../auth/auth-context';
import { ErrorSummary } from '../../components/error-summary';
import { NotFoundPage } from '../../components/not-found';
import { formatDay, formatInstant } from '../../shared/dates';
import { useGeneralMessage, type FieldMessage } from '../../shared/problem-text';
import { useCaseCommand } from '../../shared/use-case-command';
import { useCase } from '../case/use-case';
import {
  emptyItem,
  fieldDomId,
  fromFiledItem,
  locateItemField,
  toCommandItems,
  type DraftItem,
} from './draft';
import { ExtensionRequest } from './extension-request';
import { fieldLabelId, ItemEditor } from './item-editor';
import { FiledVersions } from './filed-versions';
import { useDraft } from './use-draft';
import { Loading } from '../../components/loading';

export function ProtectionActPage() {
  const { caseId } = useParams({ from: '/cases/$caseId/protection-act' });
  const { claims } = useAuth();
  const read = useCase(caseId);
  if (read.error instanceof ApiProblem && (read.error.status === 404 || read.error.status === 403)) {
    return <NotFoundPage />;
  }
  if (!read.data || !claims) return <Loading />;
  const record = read.data.state.protectionActs?.find((p) => p.personRef === claims.personRef);
  return <Editor caseId={caseId} personRef={claims.personRef} version={read.data.version} record={record} />;
}

function Editor(props: {
  caseId: string;
  personRef: string;
  version: number;
  record: ProtectionActRecord | undefined;
}) {
  const intl = useIntl();
  const general = useGeneralMessage();
  const latestFiled = props.record?.versions.at(-1);
  const draft = useDraft(props.caseId, props.personRef, () => latestFiled?.items.map(fromFiledItem) ?? []);
  const [confirming, setConfirming] = useState(false);
  const submit = useCaseCommand(props.caseId, (api, items: DraftItem[], headers) =>
    api.cases.POST('/cases/{caseId}/protection-acts', {
      params: { path: { caseId: props.caseId }, header: headers },
      body: { items: toCommandItems(items) as never },
    }),
  );

  if (!draft.items) return <Loading />;
  const items = draft.items;

  // The service's field errors, each beside its field (and linked from the summary at the top).
  const fieldErrors: Record<string, Record<string, string>> = {};
  const summary: FieldMessage[] = [];
  if (submit.error instanceof ApiProblem) {
    for (const problem of submit.error.errors) {
      const at = locateItemField(items, problem.field);
      if (!at) continue;
      const label = intl.formatMessage({ id: fieldLabelId(at.field) });
      const id =
        problem.rule === 'too_small' || problem.rule === 'invalid_type'
          ? 'error.field.required'
          : problem.rule === 'too_big'
            ? 'error.field.tooLong'
            : 'error.field.invalid';
      const message = intl.formatMessage({ id }, { field: label });
      (fieldErrors[at.itemId] ??= {})[at.field] = message;
      summary.push({ fieldId: fieldDomId(at.itemId, at.field), message });
    }
  }
  const precondition = submit.error instanceof ApiProblem && submit.error.status === 412;
  const generalText = submit.error && summary.length === 0 ? general(submit.error) : undefined;

  const replace = (next: DraftItem) => draft.setItems(items.map((i) => (i.id === next.id ? next : i)));
  const remove = (id: string) => draft.setItems(items.filter((i) => i.id !== id));

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>
          <FormattedMessage id="pa.title" />
        </Title>
        <Text mt="xs">
          <FormattedMessage id="pa.intro" />
        </Text>
        {props.record && (
          <Text fw={600} mt="xs" data-testid="pa-window">
            <FormattedMessage
              id="pa.window"
              values={{ date: formatDay(intl, props.record.window.closesOn) }}
            />
          </Text>
        )}
        <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="draft-status" mt="xs">
          {draft.status.kind === 'saving' && <FormattedMessage id="pa.draft.saving" />}
          {draft.status.kind === 'saved' && (
            <FormattedMessage id="pa.draft.saved" values={{ time: formatInstant(intl, draft.status.at) }} />
          )}
          {draft.status.kind === 'local' && <FormattedMessage id="pa.draft.local" />}
          {draft.status.kind === 'restored' && <FormattedMessage id="pa.draft.restored" />}
        </Text>
      </div>

      {submit.isSuccess && (
        <Alert color="green" role="status" data-testid="pa-submitted">
          <FormattedMessage id="pa.submitted" />
        </Alert>
      )}
      {precondition ? (
        <Alert color="yellow" role="alert" data-testid="precondition-failed">
          <FormattedMessage id="error.precondition" />
        </Alert>
      ) : (
        <ErrorSummary messages={summary} general={generalText} />
      )}

      {SECTIONS.map((section) => {
        const inSection = items.filter((i) => i.section === section);
        return (
          <Stack component="section" key={section} gap="sm" aria-labelledby={`section-${section}`}>
            <Title order={2} size="h3" id={`section-${section}`}>
              <FormattedMessage id={`pa.section.${section}`} />
            </Title>
            {inSection.map((item) => (
              <ItemEditor
                key={item.id}
                caseId={props.caseId}
                item={item}
                number={items.indexOf(item) + 1}
                errors={fieldErrors[item.id] ?? {}}
                onChange={replace}
                onRemove={() => remove(item.id)}
              />
            ))}
            <Button
              variant="light"
              w="fit-content"
              onClick={() => draft.setItems([...items, emptyItem(section)])}
              data-testid={`add-${section}`}
            >
              <FormattedMessage
                id="pa.addItem"
                values={{ section: intl.formatMessage({ id: `pa.section.${section}` }) }}
              />
            </Button>
          </Stack>
        );
      })}

      <Group>
        <Button
          size="md"
          onClick={() => setConfirming(true)}
          disabled={items.length === 0}
          data-testid="pa-submit"
        >
          <FormattedMessage id="pa.submit" />
        </Button>
      </Group>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={intl.formatMessage({ id: 'pa.confirm.title' })}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'pa.confirm.close' }) }}
        centered
      >
        <Text mb="md">
          <FormattedMessage id="pa.confirm.body" values={{ count: items.length }} />
        </Text>
        <Group>
          <Button
            loading={submit.isPending}
            data-testid="pa-confirm"
            onClick={() =>
              submit.mutate(
                { input: items, version: props.version },
                {
                  onSuccess: () => draft.filed(),
                  onSettled: () => setConfirming(false),
                },
              )
            }
          >
            <FormattedMessage id="pa.confirm.yes" />
          </Button>
          <Button variant="default" onClick={() => setConfirming(false)}>
            <FormattedMessage id="common.cancel" />
          </Button>
        </Group>
      </Modal>

      {props.record && props.record.versions.length > 0 && <FiledVersions record={props.record} />}
      {props.record && (
        <Card withBorder>
          <ExtensionRequest caseId={props.caseId} version={props.version} />
        </Card>
      )}
    </Stack>
  );
}
