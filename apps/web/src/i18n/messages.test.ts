import { createIntl } from 'react-intl';
import { catalogues, LOCALES } from './messages';

// A missing or broken message would show a raw key or English to a Kazakh or Russian reader.
describe('message catalogues', () => {
  const keys = (locale: (typeof LOCALES)[number]) => Object.keys(catalogues[locale]).sort();

  it.each(LOCALES)('%s has exactly the keys of every other language', (locale) => {
    for (const other of LOCALES) expect(keys(locale)).toEqual(keys(other));
  });

  it.each(LOCALES)('every %s message is non-empty ICU that formats with sample values', (locale) => {
    const errors: string[] = [];
    const intl = createIntl({ locale, messages: catalogues[locale], onError: (e) => errors.push(e.message) });
    const values = {
      field: 'x',
      caseId: 'c-1',
      roles: 'r',
      what: 'w',
      who: 'p',
      role: 'r',
      date: 'd',
      days: 3,
      cause: 'c',
      n: 2,
      count: 2,
      time: 't',
      name: 'f.pdf',
      section: 's',
      penalty: 'p',
      detail: 'd',
      // The task list and case-work page (tasks-*.ts).
      person: 'p',
      item: 'i',
      clock: 'c',
      citation: 'art. 1',
      entries: 3,
      seq: 4,
      reason: 'r',
      hash: 'h',
      actor: 'a',
      at: 't',
      participant: 'p',
      party: 'q',
      kind: 'k',
      label: 'l',
      title: 't',
      violation: 'v',
      versions: 2,
      head: 'h',
      investigator: 'i',
      by: 'b',
      words: 'w',
    };
    for (const [key, text] of Object.entries(catalogues[locale])) {
      expect(text.trim()).not.toBe('');
      const formatted = intl.formatMessage({ id: key }, values);
      expect(formatted).not.toContain('{');
    }
    expect(errors).toEqual([]);
  });

  it('kk and ru are translated, not English copies', () => {
    const en = catalogues.en;
    for (const locale of ['kk', 'ru'] as const) {
      const same = Object.keys(en).filter((k) => catalogues[locale][k] === en[k] && k !== 'app.name');
      expect(same).toEqual([]);
    }
  });
});
