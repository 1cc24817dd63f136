import { type IntlShape } from 'react-intl';

/** What a task asks, in the reader's words: the command's text, with whom or which item it concerns. */
export function taskWhat(
  intl: IntlShape,
  t: { command: string; personRef?: string; itemId?: string; penaltyId?: string },
): string {
  const what = intl.messages[`work.task.${t.command}`]
    ? intl.formatMessage({ id: `work.task.${t.command}` })
    : intl.messages[`task.${t.command}`]
      ? intl.formatMessage({ id: `task.${t.command}` })
      : intl.formatMessage({ id: 'task.other' });
  const about = [t.personRef, t.itemId].filter(Boolean).join(' · ');
  return about ? `${what} — ${about}` : what;
}
