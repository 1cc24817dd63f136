import { Button, Group, NativeSelect, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { ApiProblem } from '../../api/problem';
import { type CaseRead } from '../../api/views';
import { ErrorSummary } from '../../components/error-summary';
import { type FieldMessage, useFieldMessages, useGeneralMessage } from '../../shared/problem-text';
import { useCaseCommand } from '../../shared/use-case-command';
import { BlockerList } from '../tasks/blocker-list';
import { type ConclusionBlocker, type TaskRow } from '../tasks/task-view';
import { PENALTIES, subjectsOf, type CommandSpec, type FieldSpec, type Values } from './command-specs';
import { FieldNote } from './field-note';

/** Ids unique on the page: a case page may hold one form per task of the same command. */
const safe = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '_');
const inputId = (form: string, name: string) => `cmd-${safe(form)}-${safe(name)}`;
const label = (intl: IntlShape, name: string) => intl.formatMessage({ id: `work.field.${name}` });
const hint = (intl: IntlShape, name: string) =>
  intl.messages[`work.hint.${name}`] ? intl.formatMessage({ id: `work.hint.${name}` }) : undefined;

/**
 * One case command as a form, drawn from its description: GOV.UK-style (plain labels, an error summary at the
 * top linking to each field, the error beside the field), sent with the case's ETag (If-Match) and a fresh
 * Idempotency-Key. A refusal shows the service's words and the rule's article; `blockedBy` (the service's list
 * of what must happen first) keeps the button disabled and names each open item.
 */
export function CommandForm(props: {
  spec: CommandSpec;
  read: CaseRead;
  task?: TaskRow;
  blockedBy?: readonly ConclusionBlocker[];
}) {
  const { spec, read } = props;
  const intl = useIntl();
  const formKey = props.task ? `${spec.command}-${props.task.taskId}` : spec.command;
  const [values, setValues] = useState<Values>(() =>
    props.task && spec.prefill ? spec.prefill(props.task) : {},
  );
  const [confirming, setConfirming] = useState(false);
  const fieldMessages = useFieldMessages();
  const general = useGeneralMessage();
  const command = useCaseCommand(read.caseId, (api, v: Values, headers) =>
    spec.send(api, read.caseId, v, headers, read.state),
  );
  const queryClient = useQueryClient();
  // A step done changes the reader's task list too (GET /tasks is read apart from the case).
  useEffect(() => {
    if (command.isSuccess) void queryClient.invalidateQueries({ queryKey: ['tasks'] });
  }, [command.isSuccess, queryClient]);
  const set = (name: string, value: string) => setValues((old) => ({ ...old, [name]: value }));
  const locate = (field: string) => {
    const top = field.split('.')[0] ?? field;
    const known = spec.fields.find((f) => f.name === top || (top === 'kind' && f.name.endsWith('Kind')));
    const name =
      top === 'personRef' && spec.fields.some((f) => f.name === 'item')
        ? 'item'
        : top === 'id' && spec.fields.some((f) => f.name === 'evidenceId')
          ? 'evidenceId'
          : (known?.name ?? top);
    if (!spec.fields.some((f) => f.name === name)) return undefined;
    return { fieldId: inputId(formKey, name), label: label(intl, name) };
  };
  const messages: FieldMessage[] = fieldMessages(command.error, locate);
  const messageFor = (name: string) => messages.find((m) => m.fieldId === inputId(formKey, name))?.message;
  const blocked = (props.blockedBy ?? []).length > 0;
  const refusal = command.error instanceof ApiProblem && messages.length === 0 ? command.error : undefined;
  const submit = () => {
    setConfirming(false);
    command.mutate({ input: values, version: read.version });
  };
  return (
    <form
      noValidate
      data-testid={`form-${spec.command}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (blocked) return;
        if (spec.confirm && !confirming) setConfirming(true);
        else submit();
      }}
    >
      <Stack gap="sm">
        <ErrorSummary
          messages={messages}
          general={command.error && messages.length === 0 ? general(command.error) : undefined}
        />
        {refusal?.citation && (
          <Text size="sm" data-testid="refusal-rule">
            <FormattedMessage
              id="work.refusal.rule"
              values={{ title: refusal.title ?? refusal.code, citation: refusal.citation }}
            />
          </Text>
        )}
        {spec.fields.map((field) => (
          <Field
            key={field.name}
            form={formKey}
            field={field}
            read={read}
            values={values}
            set={set}
            error={messageFor(field.name)}
          />
        ))}
        <FieldNote spec={spec} read={read} values={values} />
        {blocked && <BlockerList blockers={props.blockedBy ?? []} />}
        {confirming && (
          <Text fw={600} role="alert" data-testid="confirm-text">
            <FormattedMessage id="work.confirm" />
          </Text>
        )}
        <Group gap="xs">
          <Button
            type="submit"
            loading={command.isPending}
            disabled={blocked}
            data-testid={`submit-${spec.command}`}
          >
            {confirming ? (
              <FormattedMessage id="work.confirm.yes" />
            ) : (
              <FormattedMessage id={`work.cmd.${spec.command}`} />
            )}
          </Button>
          {confirming && (
            <Button variant="default" onClick={() => setConfirming(false)}>
              <FormattedMessage id="common.cancel" />
            </Button>
          )}
        </Group>
        {command.isSuccess && (
          <Text role="status" fw={600} data-testid={`done-${spec.command}`}>
            <FormattedMessage id="work.done" />
          </Text>
        )}
      </Stack>
    </form>
  );
}

function Field(props: {
  form: string;
  field: FieldSpec;
  read: CaseRead;
  values: Values;
  set: (name: string, value: string) => void;
  error?: string;
}): ReactNode {
  const intl = useIntl();
  const { field, values, set } = props;
  const id = inputId(props.form, field.name);
  const common = {
    id,
    label: label(intl, field.name),
    description: hint(intl, field.name),
    error: props.error,
  };
  const state = props.read.state;
  switch (field.type) {
    case 'text':
    case 'identifier':
      return (
        <TextInput
          {...common}
          value={values[field.name] ?? ''}
          onChange={(e) => set(field.name, e.currentTarget.value)}
        />
      );
    case 'integer':
      return (
        <TextInput
          {...common}
          inputMode="numeric"
          value={values[field.name] ?? ''}
          onChange={(e) => set(field.name, e.currentTarget.value)}
        />
      );
    case 'date':
      return (
        <TextInput
          {...common}
          type="date"
          value={values[field.name] ?? ''}
          onChange={(e) => set(field.name, e.currentTarget.value)}
        />
      );
    case 'textarea':
      return (
        <Textarea
          {...common}
          label={
            field.optional
              ? intl.formatMessage({ id: 'work.optional' }, { label: common.label })
              : common.label
          }
          autosize
          minRows={2}
          value={values[field.name] ?? ''}
          onChange={(e) => set(field.name, e.currentTarget.value)}
        />
      );
    case 'choice':
      return (
        <Radio.Group {...common} value={values[field.name] ?? ''} onChange={(v) => set(field.name, v)}>
          <Stack gap={6} mt={6}>
            {field.options.map((o) => (
              <Radio
                key={o.value}
                id={`${id}-${o.value}`}
                value={o.value}
                label={o.labelId ? intl.formatMessage({ id: o.labelId }) : o.value}
              />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'select': {
      const options = field.options(state);
      return (
        <NativeSelect
          {...common}
          value={values[field.name] ?? ''}
          onChange={(e) => set(field.name, e.currentTarget.value)}
          data={[
            { value: '', label: intl.formatMessage({ id: 'work.choose' }) },
            ...options.map((o) => ({
              value: o.value,
              label: o.labelId ? intl.formatMessage({ id: o.labelId }) : o.value.replace('|', ' · '),
            })),
          ]}
        />
      );
    }
    case 'findings':
      return (
        <fieldset id={id} tabIndex={-1} style={{ border: 0, padding: 0, margin: 0 }}>
          <legend>
            <Text fw={600}>{common.label}</Text>
          </legend>
          {props.error && (
            <Text c="red.9" size="sm">
              {props.error}
            </Text>
          )}
          <Stack gap="sm">
            {subjectsOf(state).map((person) => (
              <Stack key={person} gap={6}>
                <NativeSelect
                  id={`${id}-facts-${person}`}
                  label={intl.formatMessage({ id: 'work.field.facts' }, { person })}
                  value={values[`facts:${person}`] ?? ''}
                  onChange={(e) => set(`facts:${person}`, e.currentTarget.value)}
                  data={[
                    { value: '', label: intl.formatMessage({ id: 'work.choose' }) },
                    ...['established', 'partly-established', 'not-established'].map((f) => ({
                      value: f,
                      label: intl.formatMessage({ id: `work.option.facts.${f}` }),
                    })),
                  ]}
                />
                <Textarea
                  id={`${id}-statement-${person}`}
                  label={intl.formatMessage({ id: 'work.field.statement' }, { person })}
                  autosize
                  minRows={2}
                  value={values[`statement:${person}`] ?? ''}
                  onChange={(e) => set(`statement:${person}`, e.currentTarget.value)}
                />
              </Stack>
            ))}
          </Stack>
        </fieldset>
      );
    case 'penalty-grid':
      return (
        <fieldset id={id} tabIndex={-1} style={{ border: 0, padding: 0, margin: 0 }}>
          <legend>
            <Text fw={600}>{common.label}</Text>
          </legend>
          {props.error && (
            <Text c="red.9" size="sm">
              {props.error}
            </Text>
          )}
          <Stack gap={6}>
            {subjectsOf(state).flatMap((person) =>
              (state.violations ?? [])
                .filter((v) => v.subjectRefs.includes(person))
                .map((v) => (
                  <NativeSelect
                    key={`${person}-${v.id}`}
                    id={`${id}-${person}-${v.id}`}
                    label={intl.formatMessage(
                      { id: 'work.field.penaltyFor' },
                      { person, violation: v.description || v.id },
                    )}
                    value={values[`penalty:${person}:${v.id}`] ?? 'none'}
                    onChange={(e) => set(`penalty:${person}:${v.id}`, e.currentTarget.value)}
                    data={[
                      { value: 'none', label: intl.formatMessage({ id: 'work.option.penalty.none' }) },
                      ...PENALTIES.map((p) => ({
                        value: p,
                        label: intl.formatMessage({ id: `penalty.${p}` }),
                      })),
                    ]}
                  />
                )),
            )}
          </Stack>
        </fieldset>
      );
  }
}
