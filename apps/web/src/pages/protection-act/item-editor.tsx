import {
  Button,
  Card,
  FileButton,
  Group,
  List,
  NativeSelect,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useApi } from '../../api/api-context';
import { useGeneralMessage } from '../../shared/problem-text';
import { uploadAttachment } from './attachments';
import { fieldDomId, SECTION_FIELDS, type DraftItem } from './draft';

const LABELS: Record<string, string> = {
  text: 'pa.field.text',
  materialRef: 'pa.field.materialRef',
  rule: 'pa.field.rule',
  step: 'pa.field.step',
  action: 'pa.field.action',
  target: 'pa.field.target',
  evidenceRef: 'pa.field.evidenceRef',
  reason: 'pa.field.reason',
  citations: 'pa.field.citations',
  attachments: 'pa.field.files',
};

export const fieldLabelId = (field: string) => LABELS[field] ?? 'pa.field.text';

/** One item of the Protection Act: the fields of its section, each with its error beside it. */
export function ItemEditor(props: {
  caseId: string;
  item: DraftItem;
  number: number;
  errors: Record<string, string>;
  answer?: React.ReactNode;
  onChange(item: DraftItem): void;
  onRemove(): void;
}) {
  const intl = useIntl();
  const api = useApi();
  const general = useGeneralMessage();
  const [upload, setUpload] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const { item } = props;
  const label = (field: string) => intl.formatMessage({ id: fieldLabelId(field) });
  const id = (field: string) => fieldDomId(item.id, field);
  const set = (field: keyof DraftItem) => (value: string) => props.onChange({ ...item, [field]: value });

  return (
    <Card
      withBorder
      component="article"
      aria-labelledby={id('heading')}
      data-testid={`pa-item-${item.section}`}
    >
      <Group justify="space-between" mb="xs">
        <Title order={4} id={id('heading')}>
          <FormattedMessage id="pa.itemHeading" values={{ n: props.number }} />
        </Title>
        <Button variant="subtle" color="red" size="xs" onClick={props.onRemove}>
          <FormattedMessage id="common.remove" />
        </Button>
      </Group>
      {SECTION_FIELDS[item.section].map((field) => {
        const error = props.errors[field];
        if (field === 'text' || field === 'reason' || field === 'citations')
          return (
            <Textarea
              key={field}
              id={id(field)}
              label={label(field)}
              value={item[field]}
              onChange={(e) => set(field)(e.currentTarget.value)}
              error={error}
              autosize
              minRows={field === 'citations' ? 2 : 3}
              mb="sm"
            />
          );
        if (field === 'action')
          return (
            <NativeSelect
              key={field}
              id={id(field)}
              label={label(field)}
              value={item.action}
              onChange={(e) => set('action')(e.currentTarget.value)}
              error={error}
              data={[
                { value: '', label: '—' },
                ...(['witness', 'expert', 'document', 'recording'] as const).map((a) => ({
                  value: a,
                  label: intl.formatMessage({ id: `pa.action.${a}` }),
                })),
              ]}
              mb="sm"
            />
          );
        if (field === 'attachments')
          return (
            <div key={field}>
              <Text fw={500} size="sm" id={id('attachments-label')}>
                {label('attachments')}
              </Text>
              {item.attachments.length > 0 && (
                <List size="sm" mb="xs" aria-labelledby={id('attachments-label')}>
                  {item.attachments.map((a) => (
                    <List.Item key={a.contentHash}>
                      <FormattedMessage id="pa.uploaded" values={{ name: a.name }} />
                    </List.Item>
                  ))}
                </List>
              )}
              <FileButton
                onChange={(file) => {
                  if (!file) return;
                  setUpload({ busy: true });
                  uploadAttachment(api, props.caseId, file)
                    .then((stored) => {
                      setUpload({ busy: false });
                      props.onChange({ ...item, attachments: [...item.attachments, stored] });
                    })
                    .catch((e: unknown) => setUpload({ busy: false, error: general(e) }));
                }}
              >
                {(buttonProps) => (
                  <Button
                    {...buttonProps}
                    id={id('attachments')}
                    variant="outline"
                    size="sm"
                    loading={upload.busy}
                    mb="xs"
                  >
                    <FormattedMessage id="pa.upload" />
                  </Button>
                )}
              </FileButton>
              {(error || upload.error) && (
                <Text c="red.8" size="sm" role="alert" mb="sm">
                  {upload.error ?? error}
                </Text>
              )}
            </div>
          );
        return (
          <TextInput
            key={field}
            id={id(field)}
            label={label(field)}
            value={item[field] as string}
            onChange={(e) => set(field)(e.currentTarget.value)}
            error={error}
            mb="sm"
          />
        );
      })}
      {props.answer}
    </Card>
  );
}
