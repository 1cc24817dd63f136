import {
  domainError,
  ERROR_CITATIONS,
  ERROR_MESSAGES,
  REASON_KEYS,
  REASON_MESSAGES,
  type ErrorCode,
} from '@qorgau/domain';
import { LOCALES } from '@qorgau/service-kit';
import { refusalText } from './domain-rejection.filter';

const CODES = Object.keys(ERROR_CITATIONS) as ErrorCode[];

describe('refusal texts', () => {
  it('every domain refusal code has a text in Kazakh, Russian and English that formats as ICU', () => {
    for (const code of CODES) {
      for (const locale of LOCALES) {
        const variables = [...ERROR_MESSAGES[code][locale].matchAll(/\{(\w+)/g)].map((m) => m[1]!);
        const params = Object.fromEntries(variables.map((name) => [name, `<${name}>`]));
        const text = refusalText(domainError(code, params), locale);
        expect(text.length).toBeGreaterThan(0);
        expect(`${code} ${locale}: ${text}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('fills the parameters a refusal carries', () => {
    const error = domainError('COMMISSION_NO_QUORUM', { present: 3, required: 4 });
    expect(refusalText(error, 'en')).toBe('No quorum: 3 members present, at least 4 required.');
    expect(refusalText(error, 'ru')).toBe('Нет кворума: присутствует 3, требуется не менее 4.');
  });

  it('says every refusal reason in the reader’s language, ICU-formatted inside every message with a reason', () => {
    const withReason = CODES.filter((code) => ERROR_MESSAGES[code].en.includes('{reason}'));
    for (const reason of REASON_KEYS) {
      for (const locale of LOCALES) {
        const variables = [...REASON_MESSAGES[reason][locale].matchAll(/\{(\w+)/g)].map((m) => m[1]!);
        const params = Object.fromEntries(variables.map((name) => [name, `<${name}>`]));
        for (const code of withReason) {
          const text = refusalText(
            domainError(code, { item: '<item>', person: '<person>', ...params, reason }),
            locale,
          );
          expect(`${reason} ${code} ${locale}: ${text}`).not.toMatch(/[{}]|: .*[A-Z]{3,}_[A-Z]/);
        }
      }
    }
  });

  it('renders the reason of the browser test’s refusal in Russian, not English', () => {
    const error = domainError('INVALID_COMMAND', { reason: 'SESSION_DATE_BEFORE_TODAY' });
    expect(refusalText(error, 'ru')).toBe(
      'Команда заполнена неверно: заседание назначается на сегодняшний или более поздний день.',
    );
    expect(
      refusalText(domainError('INVALID_COMMAND', { reason: 'NO_RUNNING_PAUSE', pauseId: 'p-7' }), 'kk'),
    ).toBe('Команда қате толтырылған: p-7 нөмірлі жүріп жатқан тоқтата тұру жоқ.');
  });
});
