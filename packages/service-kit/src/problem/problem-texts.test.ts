import { PLATFORM_ERROR_CODES } from '@qorgau/contracts';
import { LOCALES } from '../auth/principal';
import { formatMessage } from '../i18n/icu';
import { problemOf } from './problem-of';
import { ProblemException } from './problem.exception';
import { PLATFORM_DETAILS, STATUS_TITLES, VALIDATION_TEXTS } from './problem-texts';

const CYRILLIC = /[\u0400-\u04FF]/;
const ENGLISH_DETAIL = 'The handler says exactly what went wrong.';

/** Every problem code a service answers on its own (the domain's refusals are tested in cases-service). */
const CODES: [string, number][] = [
  ...Object.entries(PLATFORM_ERROR_CODES).filter(([code]) => code !== 'VALIDATION_FAILED'),
  ['CASE_NOT_FOUND', 404],
  ['UNKNOWN_REFERENCE', 422],
  ['DIRECTORY_UNAVAILABLE', 503],
  ['WORKFLOW_UNAVAILABLE', 503],
];

describe('problem texts: every code × kk/ru/en', () => {
  it.each(CODES)(
    '%s (%i) has a title and a detail in each language, none left in English',
    (code, status) => {
      for (const locale of LOCALES) {
        const problem = problemOf(
          new ProblemException({ code, status, detail: ENGLISH_DETAIL }),
          '/x',
          locale,
        );
        expect(problem.title.length).toBeGreaterThan(0);
        if (locale === 'en') {
          expect(problem.detail).toBe(ENGLISH_DETAIL);
        } else {
          expect(`${locale}: ${problem.title}`).toMatch(CYRILLIC);
          expect(`${locale}: ${problem.detail}`).toMatch(CYRILLIC);
          expect(problem.detail).not.toBe(ENGLISH_DETAIL);
        }
      }
    },
  );

  it('titles every status the services document', () => {
    for (const status of [...Object.values(PLATFORM_ERROR_CODES), 422])
      for (const locale of LOCALES) expect(STATUS_TITLES[status]?.[locale]).toBeTruthy();
  });

  it('formats the validation texts as ICU in each language, every placeholder filled', () => {
    for (const locale of LOCALES)
      for (const count of [1, 2, 5]) {
        const text = formatMessage(
          VALIDATION_TEXTS.detail[locale],
          { count, fields: 'email (invalid_format)' },
          locale,
        );
        expect(text).toContain('email (invalid_format)');
        expect(text).not.toMatch(/[{}]/);
      }
  });

  it('has no platform text without both Kazakh and Russian', () => {
    for (const [code, texts] of Object.entries(PLATFORM_DETAILS)) {
      expect(`${code}: ${texts.kk}`).toMatch(CYRILLIC);
      expect(`${code}: ${texts.ru}`).toMatch(CYRILLIC);
    }
  });
});

describe('problem texts with specifics (the limit, the dependency down)', () => {
  it.each([
    ['RATE_LIMITED', 429, { limit: 3, seconds: 60, retryAfter: 42 }, ['3', '60', '42']],
    ['SERVICE_UNAVAILABLE', 503, { dependencies: 'kafka, temporal' }, ['kafka, temporal']],
  ] as const)('%s keeps its values in every language', (code, status, params, values) => {
    for (const locale of LOCALES) {
      const detail = `English detail with ${values.join(' ')}`;
      const problem = problemOf(new ProblemException({ code, status, detail, params }), '/x', locale);
      for (const value of values) expect(problem.detail).toContain(value);
      if (locale !== 'en') expect(problem.detail).toMatch(CYRILLIC);
    }
  });
});
