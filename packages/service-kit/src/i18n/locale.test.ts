import fc from 'fast-check';
import { LOCALES } from '../auth/principal';
import { formatMessage } from './icu';
import { readerLocale } from './locale';

describe('readerLocale', () => {
  it('takes the best-weighted supported language of Accept-Language, with or without a region', () => {
    expect(readerLocale('kk')).toBe('kk');
    expect(readerLocale('ru-KZ,ru;q=0.9,en;q=0.8')).toBe('ru');
    expect(readerLocale('de-DE, en;q=0.4, kk;q=0.7')).toBe('kk');
    expect(readerLocale('EN-gb')).toBe('en');
  });

  it("falls back to the person's stored preference, then Russian", () => {
    expect(readerLocale(undefined, 'kk')).toBe('kk');
    expect(readerLocale('de, fr;q=0.5', 'en')).toBe('en');
    expect(readerLocale('kk;q=0', 'en')).toBe('en');
    expect(readerLocale(undefined)).toBe('ru');
  });

  it('always answers a supported language, whatever the header', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...LOCALES, undefined), (header, preference) => {
        expect(LOCALES).toContain(readerLocale(header, preference));
      }),
    );
  });
});

describe('formatMessage', () => {
  it('spells plurals per language and legal days as dates only where the message formats them', () => {
    const days = '{n, plural, one {# день} few {# дня} many {# дней} other {# дня}}';
    expect(formatMessage(days, { n: 5 }, 'ru')).toBe('5 дней');
    expect(formatMessage(days, { n: 2 }, 'ru')).toBe('2 дня');
    expect(formatMessage('due {on, date, day}', { on: '2026-03-08' }, 'en')).toBe('due March 8, 2026');
    expect(formatMessage('window closes on {on}', { on: '2026-03-08' }, 'en')).toBe(
      'window closes on 2026-03-08',
    );
    expect(formatMessage('stage «{stage}»', { stage: 'explanation-requested' }, 'kk')).toBe(
      'stage «explanation-requested»',
    );
  });
});
