import { Accordion, Card, List, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { useApi } from '../../api/api-context';
import { body } from '../../api/client';
import { type CaseRead } from '../../api/views';
import { formatInstant } from '../../shared/dates';
import { Loading } from '../../components/loading';

interface EvidenceRead {
  readonly content: { sha256?: string; mediaType?: string; sizeBytes?: number } | null;
  readonly custody: readonly {
    at: string;
    actor: string;
    action: 'deposited' | 'accessed';
    sha256: string;
  }[];
}

/** The case's evidence, each item with its chain of custody (who deposited or opened its content, when). */
export function EvidenceSection(props: { read: CaseRead }) {
  const items = props.read.state.evidence;
  if (items === undefined) return null;
  return (
    <Card withBorder component="section" aria-labelledby="evidence-heading">
      <Title order={2} size="h3" id="evidence-heading" mb="xs">
        <FormattedMessage id="work.evidence.title" />
      </Title>
      {items.length === 0 ? (
        <Text>
          <FormattedMessage id="work.evidence.none" />
        </Text>
      ) : (
        <Accordion variant="separated" data-testid="evidence">
          {items.map((e) => (
            <Accordion.Item key={e.id} value={e.id}>
              <Accordion.Control>
                <Text fw={600} span>
                  {e.id}
                </Text>{' '}
                — <FormattedMessage id={`work.option.evidenceKind.${e.kind}`} />: {e.description}
              </Accordion.Control>
              <Accordion.Panel>
                <Custody caseId={props.read.caseId} evidenceId={e.id} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Card>
  );
}

function Custody(props: { caseId: string; evidenceId: string }) {
  const intl = useIntl();
  const api = useApi();
  const read = useQuery({
    queryKey: ['case', props.caseId, 'evidence', props.evidenceId],
    queryFn: async () =>
      (await body(
        api.cases.GET('/cases/{caseId}/evidence/{evidenceId}', {
          params: { path: { caseId: props.caseId, evidenceId: props.evidenceId } },
        }),
      )) as unknown as EvidenceRead,
  });
  if (!read.data) return <Loading size="sm" />;
  return (
    <div data-testid="custody">
      <Text size="sm">
        {read.data.content?.sha256 ? (
          <FormattedMessage id="work.evidence.hash" values={{ hash: read.data.content.sha256 }} />
        ) : (
          <FormattedMessage id="work.evidence.noContent" />
        )}
      </Text>
      {read.data.custody.length === 0 ? (
        <Text size="sm">
          <FormattedMessage id="work.evidence.noCustody" />
        </Text>
      ) : (
        <List size="sm">
          {read.data.custody.map((c, i) => (
            <List.Item key={`${c.at}-${i}`}>
              <FormattedMessage
                id={`work.evidence.custody.${c.action}`}
                values={{ actor: c.actor, at: formatInstant(intl, c.at) }}
              />
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}
