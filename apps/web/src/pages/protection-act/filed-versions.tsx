import { Badge, Card, List, Stack, Text, Title } from '@mantine/core';
import { type ProtectionActRecord } from '@qorgau/domain';
import { FormattedMessage, useIntl } from 'react-intl';
import { type ProtectionActItem } from '../../api/views';
import { formatInstant } from '../../shared/dates';
import { diffVersions } from './draft';

/** What was filed, version by version with what changed, and each item of the latest with its reasoned answer. */
export function FiledVersions({ record }: { record: ProtectionActRecord }) {
  const intl = useIntl();
  const latest = record.versions.at(-1)!;
  const answerOf = (itemId: string) =>
    record.answers.filter((a) => a.itemId === itemId).sort((a, b) => b.forVersion - a.forVersion)[0];
  return (
    <Stack component="section" aria-labelledby="versions-heading" gap="sm">
      <Title order={2} size="h3" id="versions-heading">
        <FormattedMessage id="pa.versions.title" />
      </Title>
      {[...record.versions].reverse().map((v) => {
        const before = record.versions.find((p) => p.version === v.version - 1);
        const diff = before ? diffVersions(before.items, v.items) : undefined;
        return (
          <Card withBorder key={v.version} data-testid={`pa-version-${v.version}`}>
            <Text fw={600}>
              <FormattedMessage
                id="pa.versions.version"
                values={{ n: v.version, date: formatInstant(intl, v.filedAt) }}
              />
            </Text>
            {diff && (
              <div>
                <Text size="sm">
                  <FormattedMessage id="pa.versions.diff" />
                </Text>
                <List size="sm">
                  {(['added', 'removed', 'changed'] as const).map((k) =>
                    diff[k].length > 0 ? (
                      <List.Item key={k}>
                        <FormattedMessage id={`pa.versions.${k}`} />: {diff[k].length}
                      </List.Item>
                    ) : null,
                  )}
                </List>
              </div>
            )}
          </Card>
        );
      })}
      {latest.items.map((item) => (
        <FiledItem key={item.id} item={item} answer={answerOf(item.id)} />
      ))}
    </Stack>
  );
}

function FiledItem({
  item,
  answer,
}: {
  item: ProtectionActItem;
  answer?: ProtectionActRecord['answers'][number];
}) {
  const text = 'text' in item ? item.text : item.reason;
  return (
    <Card withBorder data-testid="pa-filed-item">
      <Text size="sm" c="dimmed">
        <FormattedMessage id={`pa.section.${item.section}`} />
      </Text>
      <Text mb="xs">{text}</Text>
      <div data-testid="pa-answer">
        <Text fw={600} size="sm">
          <FormattedMessage id="pa.answer.title" />
        </Text>
        {answer ? (
          <>
            <Badge variant="light" c="dark">
              <FormattedMessage id={`pa.answer.decision.${answer.decision}`} />
            </Badge>
            <Text size="sm">{answer.reason}</Text>
            {answer.verification && <Text size="sm">{answer.verification}</Text>}
          </>
        ) : (
          <Text size="sm">
            <FormattedMessage id="pa.answer.pending" />
          </Text>
        )}
      </div>
    </Card>
  );
}
