import { List, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatDay } from '../../shared/dates';
import { type ConclusionBlocker } from './task-view';

/** What the service says still blocks the conclusion (art. 58 p.7), each with its rule. */
export function BlockerList(props: { blockers: readonly ConclusionBlocker[] }) {
  const intl = useIntl();
  return (
    <div data-testid="conclusion-blockers">
      <Text size="sm" fw={600} mt="xs">
        <FormattedMessage id="work.blocked.title" />
      </Text>
      <List size="sm">
        {props.blockers.map((b, i) => (
          <List.Item key={`${b.kind}-${b.personRef}-${'itemId' in b ? b.itemId : ''}-${i}`}>
            {b.kind === 'window-open'
              ? intl.formatMessage(
                  { id: 'work.blocked.window-open' },
                  { person: b.personRef, date: formatDay(intl, b.closesOn) },
                )
              : b.kind === 'extension-pending'
                ? intl.formatMessage({ id: 'work.blocked.extension-pending' }, { person: b.personRef })
                : intl.formatMessage(
                    { id: 'work.blocked.item-unanswered' },
                    { person: b.personRef, item: b.itemId },
                  )}{' '}
            <Text span c="dimmed" size="xs">
              ({b.citation})
            </Text>
          </List.Item>
        ))}
      </List>
    </div>
  );
}
