import { Badge, SimpleGrid, Text, Title } from '@mantine/core';
import { type CaseState } from '@qorgau/domain';
import { FormattedMessage } from 'react-intl';

/** The subject's Protection Act, item by item, beside the investigator's reasoned answer to each (art. 58 p.7). */
export function ProtectionActBeside(props: { state: Partial<CaseState>; personRef: string }) {
  const record = (props.state.protectionActs ?? []).find((a) => a.personRef === props.personRef);
  const latest = record?.versions.at(-1);
  return (
    <section aria-labelledby={`pa-${props.personRef}`}>
      <Title order={3} size="h4" id={`pa-${props.personRef}`} mb="xs">
        <FormattedMessage id="commission.pa.title" />
      </Title>
      {!latest ? (
        <Text mb="sm">
          <FormattedMessage id="commission.pa.none" />
        </Text>
      ) : (
        latest.items.map((item) => {
          const answer = record!.answers.find((a) => a.itemId === item.id);
          return (
            <SimpleGrid key={item.id} cols={{ base: 1, sm: 2 }} mb="sm" data-testid="pa-beside">
              <div>
                <Text size="sm" c="dimmed">
                  <FormattedMessage id={`pa.section.${item.section}`} />
                </Text>
                <Text>{'text' in item ? item.text : item.reason}</Text>
              </div>
              <div>
                {answer ? (
                  <>
                    <Badge variant="light" c="dark">
                      <FormattedMessage id={`pa.answer.decision.${answer.decision}`} />
                    </Badge>
                    <Text size="sm">{answer.reason}</Text>
                  </>
                ) : (
                  <Text size="sm">
                    <FormattedMessage id="pa.answer.pending" />
                  </Text>
                )}
              </div>
            </SimpleGrid>
          );
        })
      )}
    </section>
  );
}
