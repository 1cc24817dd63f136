import { ERROR_CITATIONS, ERROR_CODES } from './codes';
import { domainError, isDomainError } from './domain-error';
import { ERROR_MESSAGES, LANGUAGES } from './messages';

describe('DomainError: stable codes, citations, kk/ru/en messages', () => {
  it('every error code has a citation and a message in Kazakh, Russian and English', () => {
    expect(ERROR_CODES.length).toBeGreaterThan(40);
    for (const code of ERROR_CODES) {
      expect(ERROR_CITATIONS[code].length).toBeGreaterThan(3);
      for (const lang of LANGUAGES) expect(ERROR_MESSAGES[code][lang].trim().length).toBeGreaterThan(10);
    }
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('the Kazakh and Russian texts are really in Cyrillic and use the same placeholders', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const code of ERROR_CODES) {
      const m = ERROR_MESSAGES[code];
      expect(m.kk).toMatch(/[\u0400-\u04FF]/);
      expect(m.ru).toMatch(/[\u0400-\u04FF]/);
      expect(placeholders(m.kk)).toEqual(placeholders(m.en));
      expect(placeholders(m.ru)).toEqual(placeholders(m.en));
    }
  });

  it('builds plain-JSON errors with their parameters (the services format them as ICU)', () => {
    const e = domainError('COMMISSION_NO_QUORUM', { present: 3, required: 4 });
    expect(e).toEqual({
      code: 'COMMISSION_NO_QUORUM',
      citation: 'art. 58-1 (quorum of two thirds)',
      messageKey: 'COMMISSION_NO_QUORUM',
      params: { present: 3, required: 4 },
    });
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
    expect(isDomainError(e)).toBe(true);
    expect(isDomainError({ code: 'NOPE' })).toBe(false);
    expect(isDomainError(null)).toBe(false);
  });
});
