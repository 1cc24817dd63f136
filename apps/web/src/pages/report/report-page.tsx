import {
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useApi } from '../../api/api-context';
import { body } from '../../api/client';
import { ErrorSummary } from '../../components/error-summary';
import { useFieldMessages, useGeneralMessage } from '../../shared/problem-text';
import {
  ALLEGATION_KINDS,
  emptyDraft,
  EVIDENCE_KINDS,
  fieldOf,
  GRAVITIES,
  PARTY_ROLES,
  reportBody,
  type ReportDraft,
} from './report-draft';

/**
 * The report (рапорт) that opens a case, registered by the head of the unit (the service refuses anyone else
 * with its reason): where it came from, the people and their part, the violation, what each person alleges and
 * the evidence behind it. The registered case opens on the head's work page, its first step waiting.
 */
export function ReportPage() {
  const intl = useIntl();
  const api = useApi();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ReportDraft>(emptyDraft);
  const fieldMessages = useFieldMessages();
  const general = useGeneralMessage();
  const register = useMutation({
    mutationFn: async () =>
      (await body(
        api.cases.POST('/cases', {
          params: { header: { 'Idempotency-Key': crypto.randomUUID() } },
          body: reportBody(draft) as never,
        }),
      )) as unknown as { caseId: string },
    onSuccess: ({ caseId }) => void navigate({ to: `/work/${encodeURIComponent(caseId)}` }),
  });
  const t = (id: string) => intl.formatMessage({ id });
  const messages = fieldMessages(register.error, (path) => {
    const at = fieldOf(path);
    return at && { fieldId: at.fieldId, label: t(at.labelId) };
  });
  const err = (fieldId: string) => messages.find((m) => m.fieldId === fieldId)?.message;
  const update = (change: (d: ReportDraft) => ReportDraft) => setDraft((d) => change(structuredClone(d)));
  const people = draft.parties.map((p) => p.personRef.trim()).filter(Boolean);
  const personOptions = [
    { value: '', label: t('work.choose') },
    ...people.map((p) => ({ value: p, label: p })),
  ];
  const choices = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));

  return (
    <Stack gap="md">
      <Title order={1}>
        <FormattedMessage id="report.title" />
      </Title>
      <Text>
        <FormattedMessage id="report.intro" />
      </Text>
      <form
        noValidate
        data-testid="report-form"
        onSubmit={(e) => {
          e.preventDefault();
          register.mutate();
        }}
      >
        <Stack gap="md">
          <ErrorSummary
            messages={messages}
            general={messages.length === 0 && register.error ? general(register.error) : undefined}
          />
          <Card withBorder>
            <Radio.Group
              id="report-source"
              label={t('report.source')}
              value={draft.source}
              onChange={(v) => update((d) => ({ ...d, source: v }))}
              error={err('report-source')}
            >
              <Stack gap={6} mt={6}>
                {['report', 'notice-from-other-body'].map((s) => (
                  <Radio key={s} id={`report-source-${s}`} value={s} label={t(`report.source.${s}`)} />
                ))}
              </Stack>
            </Radio.Group>
          </Card>

          <Card withBorder component="section" aria-labelledby="report-people">
            <Title order={2} size="h3" id="report-people" mb="xs">
              <FormattedMessage id="report.people" />
            </Title>
            <Stack gap="md">
              {draft.parties.map((p, i) => (
                <Stack key={i} gap="xs" data-testid="report-party">
                  <TextInput
                    id={`report-party-${i}-person`}
                    label={intl.formatMessage({ id: 'report.party.personN' }, { n: i + 1 })}
                    description={t('report.party.personHint')}
                    value={p.personRef}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      update((d) => {
                        d.parties[i]!.personRef = value;
                        return d;
                      });
                    }}
                    error={err(`report-party-${i}-person`)}
                  />
                  <Checkbox.Group
                    id={`report-party-${i}-roles`}
                    label={t('report.party.roles')}
                    value={p.roles}
                    onChange={(roles) =>
                      update((d) => {
                        d.parties[i]!.roles = roles;
                        return d;
                      })
                    }
                    error={err(`report-party-${i}-roles`)}
                  >
                    <Group gap="md" mt={6}>
                      {PARTY_ROLES.map((r) => (
                        <Checkbox
                          key={r}
                          id={`report-party-${i}-${r}`}
                          value={r}
                          label={t(`report.role.${r}`)}
                        />
                      ))}
                    </Group>
                  </Checkbox.Group>
                </Stack>
              ))}
              <Button
                variant="default"
                w="fit-content"
                data-testid="report-add-person"
                onClick={() =>
                  update((d) => ({ ...d, parties: [...d.parties, { personRef: '', roles: [] }] }))
                }
              >
                <FormattedMessage id="report.party.add" />
              </Button>
            </Stack>
          </Card>

          <Card withBorder component="section" aria-labelledby="report-violation">
            <Title order={2} size="h3" id="report-violation" mb="xs">
              <FormattedMessage id="report.violation" />
            </Title>
            <Stack gap="sm">
              <Textarea
                id="report-violation-description"
                label={t('report.violation.description')}
                autosize
                minRows={2}
                value={draft.violation.description}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  update((d) => ({ ...d, violation: { ...d.violation, description: value } }));
                }}
                error={err('report-violation-description')}
              />
              <TextInput
                id="report-violation-misconductType"
                label={t('report.violation.misconductType')}
                description={t('report.violation.misconductTypeHint')}
                value={draft.violation.misconductType}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  update((d) => ({ ...d, violation: { ...d.violation, misconductType: value } }));
                }}
                error={err('report-violation-misconductType')}
              />
              <Radio.Group
                id="report-violation-gravity"
                label={t('report.violation.gravity')}
                value={draft.violation.gravity}
                onChange={(v) => update((d) => ({ ...d, violation: { ...d.violation, gravity: v } }))}
                error={err('report-violation-gravity')}
              >
                <Stack gap={6} mt={6}>
                  {GRAVITIES.map((g) => (
                    <Radio key={g} id={`report-gravity-${g}`} value={g} label={t(`report.gravity.${g}`)} />
                  ))}
                </Stack>
              </Radio.Group>
              <Group gap="md" align="flex-start">
                {(['committedOn', 'discoveredOn'] as const).map((f) => (
                  <TextInput
                    key={f}
                    id={`report-violation-${f}`}
                    type="date"
                    label={t(`report.violation.${f}`)}
                    value={draft.violation[f]}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      update((d) => ({ ...d, violation: { ...d.violation, [f]: value } }));
                    }}
                    error={err(`report-violation-${f}`)}
                  />
                ))}
              </Group>
            </Stack>
          </Card>

          <Card withBorder component="section" aria-labelledby="report-allegations">
            <Title order={2} size="h3" id="report-allegations" mb="xs">
              <FormattedMessage id="report.allegations" />
            </Title>
            <Text size="sm" mb="sm">
              <FormattedMessage id="report.allegations.intro" />
            </Text>
            <Stack gap="md">
              {draft.allegations.map((a, i) => (
                <Stack key={i} gap="xs" data-testid="report-allegation">
                  <Group gap="md" grow align="flex-start">
                    {(['byRef', 'againstRef'] as const).map((f) => (
                      <NativeSelect
                        key={f}
                        id={`report-allegation-${i}-${f}`}
                        label={t(`report.allegation.${f}`)}
                        value={a[f]}
                        data={personOptions}
                        onChange={(e) => {
                          const value = e.currentTarget.value;
                          update((d) => {
                            d.allegations[i]![f] = value;
                            return d;
                          });
                        }}
                        error={err(`report-allegation-${i}-${f}`)}
                      />
                    ))}
                  </Group>
                  <NativeSelect
                    id={`report-allegation-${i}-kind`}
                    label={t('report.allegation.kind')}
                    value={a.kind}
                    data={[
                      { value: '', label: t('work.choose') },
                      ...choices(ALLEGATION_KINDS, 'report.allegationKind'),
                    ]}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      update((d) => {
                        d.allegations[i]!.kind = value;
                        return d;
                      });
                    }}
                    error={err(`report-allegation-${i}-kind`)}
                  />
                  <Textarea
                    id={`report-allegation-${i}-description`}
                    label={t('report.allegation.description')}
                    autosize
                    value={a.description}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      update((d) => {
                        d.allegations[i]!.description = value;
                        return d;
                      });
                    }}
                    error={err(`report-allegation-${i}-description`)}
                  />
                </Stack>
              ))}
              <Button
                variant="default"
                w="fit-content"
                data-testid="report-add-allegation"
                onClick={() =>
                  update((d) => ({
                    ...d,
                    allegations: [...d.allegations, { byRef: '', againstRef: '', kind: '', description: '' }],
                  }))
                }
              >
                <FormattedMessage id="report.allegation.add" />
              </Button>
            </Stack>
          </Card>

          <Card withBorder component="section" aria-labelledby="report-evidence">
            <Title order={2} size="h3" id="report-evidence" mb="xs">
              <FormattedMessage id="report.evidence" />
            </Title>
            <Stack gap="md">
              {draft.evidence.map((ev, i) => (
                <Stack key={i} gap="xs" data-testid="report-evidence-item">
                  <NativeSelect
                    id={`report-evidence-${i}-kind`}
                    label={t('report.evidence.kind')}
                    value={ev.kind}
                    data={[
                      { value: '', label: t('work.choose') },
                      ...choices(EVIDENCE_KINDS, 'work.option.evidenceKind'),
                    ]}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      update((d) => {
                        d.evidence[i]!.kind = value;
                        return d;
                      });
                    }}
                    error={err(`report-evidence-${i}-kind`)}
                  />
                  <Textarea
                    id={`report-evidence-${i}-description`}
                    label={t('report.evidence.description')}
                    autosize
                    value={ev.description}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      update((d) => {
                        d.evidence[i]!.description = value;
                        return d;
                      });
                    }}
                    error={err(`report-evidence-${i}-description`)}
                  />
                  <NativeSelect
                    id={`report-evidence-${i}-allegation`}
                    label={t('report.evidence.allegation')}
                    value={ev.allegation}
                    data={[
                      { value: '', label: t('report.evidence.noAllegation') },
                      ...draft.allegations.map((a, j) => ({
                        value: String(j),
                        label: `${j + 1}. ${a.byRef || '…'} → ${a.againstRef || '…'}`,
                      })),
                    ]}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      update((d) => {
                        d.evidence[i]!.allegation = value;
                        return d;
                      });
                    }}
                    error={err(`report-evidence-${i}-allegation`)}
                  />
                </Stack>
              ))}
              <Button
                variant="default"
                w="fit-content"
                data-testid="report-add-evidence"
                onClick={() =>
                  update((d) => ({
                    ...d,
                    evidence: [...d.evidence, { kind: '', description: '', allegation: '' }],
                  }))
                }
              >
                <FormattedMessage id="report.evidence.add" />
              </Button>
            </Stack>
          </Card>

          <Button type="submit" w="fit-content" loading={register.isPending} data-testid="report-submit">
            <FormattedMessage id="report.submit" />
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
