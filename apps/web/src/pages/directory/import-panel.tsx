import {
  Alert,
  Box,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  List,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiProblem } from '../../api/problem';
import { ErrorSummary } from '../../components/error-summary';
import { type FieldMessage, useGeneralMessage } from '../../shared/problem-text';
import { IMPORT_FILES, type ImportFile, type ImportPlan, useImport } from './directory-api';

const fileId = (file: ImportFile) => `directory-import-${file}`;

/** Each refused row as the server words it (file, line, column, rule in the reader's language), linked to its file. */
function rowMessages(error: unknown): FieldMessage[] {
  if (!(error instanceof ApiProblem)) return [];
  return error.errors.map((e) => {
    const file = IMPORT_FILES.find((f) => e.field.startsWith(`${f}:`)) ?? 'officers';
    return { fieldId: fileId(file), message: e.message };
  });
}

/**
 * CSV upload: the dry run shows what would change (counts and rows), then the administrator confirms and the
 * whole import is applied in one transaction; a refused file lists each line and column at the top.
 */
export function ImportPanel() {
  const intl = useIntl();
  const send = useImport();
  const general = useGeneralMessage();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<Partial<Record<ImportFile, File>>>({});
  const [full, setFull] = useState(false);
  const [preview, setPreview] = useState<ImportPlan | undefined>();
  const [applied, setApplied] = useState<ImportPlan | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const run = async (mode: 'dry-run' | 'apply') => {
    setBusy(true);
    setError(undefined);
    try {
      const plan = await send(mode, files, full);
      if (mode === 'dry-run') {
        setPreview(plan);
        setApplied(undefined);
      } else {
        setApplied(plan);
        setPreview(undefined);
        await queryClient.invalidateQueries({ queryKey: ['directory'] });
      }
    } catch (e) {
      setError(e);
      setPreview(undefined);
    } finally {
      setBusy(false);
    }
  };
  const rows = rowMessages(error);
  const chosen = IMPORT_FILES.some((f) => files[f]);

  return (
    <Card withBorder component="section" aria-labelledby="directory-import-heading">
      <Title order={2} size="h3" id="directory-import-heading" mb="xs">
        <FormattedMessage id="directory.import.title" />
      </Title>
      <ErrorSummary
        messages={rows}
        {...(error !== undefined && rows.length === 0 ? { general: general(error) } : {})}
      />
      {error instanceof ApiProblem && rows.length > 0 && (
        <Text mb="sm" data-testid="import-nothing-applied">
          <FormattedMessage id="directory.import.nothingApplied" values={{ count: rows.length }} />
        </Text>
      )}
      <Text size="sm" mb="sm">
        <FormattedMessage id="directory.import.intro" />
      </Text>
      <Stack gap="xs">
        {IMPORT_FILES.map((file) => (
          <FileInput
            key={file}
            id={fileId(file)}
            label={intl.formatMessage({ id: `directory.import.file.${file}` })}
            description={intl.formatMessage({ id: `directory.import.header.${file}` })}
            accept=".csv,text/csv"
            clearable
            clearButtonProps={{ 'aria-label': intl.formatMessage({ id: 'directory.import.clear' }) }}
            value={files[file] ?? null}
            onChange={(f) => {
              setFiles((prev) => ({ ...prev, [file]: f ?? undefined }));
              setPreview(undefined);
            }}
            error={rows.some((r) => r.fieldId === fileId(file)) || undefined}
          />
        ))}
        <Checkbox
          label={intl.formatMessage({ id: 'directory.import.full' })}
          checked={full}
          onChange={(e) => {
            setFull(e.currentTarget.checked);
            setPreview(undefined);
          }}
        />
        <Group>
          <Button
            onClick={() => void run('dry-run')}
            disabled={!chosen}
            loading={busy && !preview}
            data-testid="import-dry-run"
          >
            <FormattedMessage id="directory.import.dryRun" />
          </Button>
        </Group>
      </Stack>
      {preview && (
        <Stack gap="xs" mt="md" data-testid="import-preview">
          <Title order={3} size="h4">
            <FormattedMessage id="directory.import.preview" />
          </Title>
          <Counts plan={preview} />
          <ChangeList plan={preview} />
          <Group>
            <Button onClick={() => void run('apply')} loading={busy} data-testid="import-apply">
              <FormattedMessage id="directory.import.apply" />
            </Button>
            <Button variant="default" onClick={() => setPreview(undefined)}>
              <FormattedMessage id="common.cancel" />
            </Button>
          </Group>
        </Stack>
      )}
      {applied && (
        <Alert
          color="green"
          mt="md"
          role="status"
          data-testid="import-applied"
          title={intl.formatMessage({ id: 'directory.import.done' })}
        >
          <Counts plan={applied} />
        </Alert>
      )}
    </Card>
  );
}

function Counts(props: { plan: ImportPlan }) {
  const intl = useIntl();
  const kinds = ['added', 'updated', 'deactivated', 'unchanged'] as const;
  return (
    <Box
      style={{ overflowX: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label={intl.formatMessage({ id: 'directory.import.records' })}
    >
      <Table withTableBorder data-testid="import-counts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <FormattedMessage id="directory.import.records" />
            </Table.Th>
            {kinds.map((k) => (
              <Table.Th scope="col" key={k}>
                {intl.formatMessage({ id: `directory.change.${k}` })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(['units', 'officers', 'compositions'] as const).map((table) => (
            <Table.Tr key={table}>
              <Table.Th scope="row">{intl.formatMessage({ id: `directory.records.${table}` })}</Table.Th>
              {kinds.map((k) => (
                <Table.Td key={k}>{props.plan.summary[table][k]}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

/** The rows that change, the first 50 of each kind of record. */
function ChangeList(props: { plan: ImportPlan }) {
  const intl = useIntl();
  const changes = (['units', 'officers', 'compositions'] as const).flatMap((table) =>
    props.plan[table].slice(0, 50).map((c) => ({ table, ...c })),
  );
  if (changes.length === 0)
    return (
      <Text>
        <FormattedMessage id="directory.import.noChanges" />
      </Text>
    );
  return (
    <List size="sm" data-testid="import-changes">
      {changes.map((c) => (
        <List.Item key={`${c.table}:${c.key}`}>
          {c.line ? intl.formatMessage({ id: 'directory.import.line' }, { n: c.line }) + ' · ' : ''}
          {intl.formatMessage({ id: `directory.change.${c.kind}` })} · {c.key}
        </List.Item>
      ))}
    </List>
  );
}
