import { List, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { type CaseRead } from '../../api/views';
import { type CommandSpec, type Values } from './command-specs';

/**
 * What the person needs beside a form, read from the case: the Protection Act item being answered, and the
 * declared interests the service's recusal check weighs when an investigator is named (art. 58 p.2).
 */
export function FieldNote(props: { spec: CommandSpec; read: CaseRead; values: Values }) {
  const intl = useIntl();
  const { state } = props.read;
  if (props.spec.command === 'AnswerProtectionActItem') {
    const [personRef, itemId] = (props.values.item ?? '').split('|');
    const act = state.protectionActs?.find((a) => a.personRef === personRef);
    const item = act?.versions.at(-1)?.items.find((i) => i.id === itemId);
    if (!item) return null;
    const words = Object.entries(item)
      .filter(([k]) => !['id', 'section'].includes(k))
      .map(([, v]) =>
        Array.isArray(v)
          ? v.map((x) => (typeof x === 'string' ? x : (x as { name?: string }).name)).join(', ')
          : String(v),
      )
      .join(' — ');
    return (
      <Text size="sm" data-testid="item-being-answered">
        <FormattedMessage
          id="work.note.item"
          values={{ section: intl.formatMessage({ id: `pa.section.${item.section}` }), words }}
        />
      </Text>
    );
  }
  if (props.spec.command === 'OrderInvestigation' || props.spec.command === 'ReplaceInvestigator') {
    const interests = state.interests ?? [];
    return (
      <div data-testid="recusal-check">
        <Text size="sm" fw={600}>
          <FormattedMessage id="work.note.recusal" />
        </Text>
        {interests.length === 0 ? (
          <Text size="sm">
            <FormattedMessage id="work.note.recusal.none" />
          </Text>
        ) : (
          <List size="sm">
            {interests.map((i) => (
              <List.Item key={`${i.participantRef}-${i.partyRef}-${i.kind}`}>
                <FormattedMessage
                  id="work.note.recusal.interest"
                  values={{
                    participant: i.participantRef,
                    party: i.partyRef,
                    kind: intl.formatMessage({ id: `work.option.interest.${i.kind}` }),
                  }}
                />
              </List.Item>
            ))}
          </List>
        )}
      </div>
    );
  }
  return null;
}
