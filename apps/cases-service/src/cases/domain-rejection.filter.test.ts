import { domainError, ERROR_CITATIONS, ERROR_MESSAGES, type ErrorCode } from '@qorgau/domain';
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
});
