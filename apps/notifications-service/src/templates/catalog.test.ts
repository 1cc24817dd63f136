import { LOCALES } from '@qorgau/service-kit';
import { TEMPLATE_KEYS, TEMPLATES } from './catalog';
import { renderMessage, type TemplateParams } from './render';
import { messageVariables } from './variables';

/** Sample values for every variable any template uses. */
const SAMPLE: TemplateParams = {
  caseId: 'case-42',
  dueOn: '2025-12-01',
  opensOn: '2025-11-24',
  closesOn: '2025-12-01',
  sessionOn: '2025-12-10',
  dueAt: '2025-11-30',
  days: 3,
  clock: 'investigation',
  citation: 'art. 58 p.4',
  itemId: 'item-1',
  decision: 'granted',
  stage: 'investigation',
  penalty: 'reprimand',
  outcome: 'upheld',
  personRef: 'officer-17',
  checkInNumber: 2,
};

describe('template catalog', () => {
  it.each(TEMPLATE_KEYS)('%s exists in kk, ru and en with the same variables in each part', (key) => {
    const messages = TEMPLATES[key] as Record<string, { title: string; body: string }>;
    expect(Object.keys(messages).sort()).toEqual([...LOCALES].sort());
    for (const part of ['title', 'body'] as const) {
      const [first, ...others] = LOCALES.map((locale) =>
        [...messageVariables(messages[locale]![part])].sort(),
      );
      for (const variables of others) expect(variables).toEqual(first);
    }
  });

  it.each(TEMPLATE_KEYS.flatMap((key) => LOCALES.map((locale) => [key, locale] as const)))(
    '%s renders in %s with every variable filled',
    (key, locale) => {
      const { title, body } = renderMessage(key, SAMPLE, locale);
      expect(title.length).toBeGreaterThan(0);
      expect(body.length).toBeGreaterThan(0);
      expect(`${title} ${body}`).not.toMatch(/[{}]/);
    },
  );

  it('detects a language whose variables differ', () => {
    expect([...messageVariables('{a} {n, plural, one {# {b}} other {#}}')].sort()).toEqual([
      'a:argument',
      'b:argument',
      'n:plural',
    ]);
    expect(messageVariables('{dueOn, date, day}')).toEqual(new Set(['dueOn:date']));
  });

  it('uses Russian plural forms one/few/many', () => {
    const title = (days: number) =>
      renderMessage('protection-act-window-closing', { caseId: 'c', closesOn: '2025-12-01', days }, 'ru')
        .title;
    expect(title(1)).toContain('1 день');
    expect(title(3)).toContain('3 дня');
    expect(title(5)).toContain('5 дней');
    expect(title(21)).toContain('21 день');
    expect(title(11)).toContain('11 дней');
    const en = (days: number) =>
      renderMessage('protection-act-window-closing', { caseId: 'c', closesOn: '2025-12-01', days }, 'en')
        .title;
    expect(en(1)).toContain('1 day');
    expect(en(2)).toContain('2 days');
  });

  it("formats calendar days in the reader's language, without shifting them by a time zone", () => {
    const body = (locale: 'kk' | 'ru' | 'en') =>
      renderMessage('explanation-demanded', { caseId: 'c', dueOn: '2025-12-01' }, locale).body;
    expect(body('en')).toContain('December 1, 2025');
    expect(body('ru')).toContain('1 декабря 2025');
    expect(body('kk')).toMatch(/2025/);
    expect(body('kk')).toMatch(/желтоқсан/i);
  });

  it('does not double the full stop after a Russian date that ends a sentence', () => {
    const body = renderMessage('investigation-assigned', { caseId: 'c', dueOn: '2025-12-01' }, 'ru').body;
    expect(body).toMatch(/1 декабря 2025 г\.$/);
    for (const key of TEMPLATE_KEYS) {
      for (const locale of LOCALES) {
        const { title, body: text } = renderMessage(key, SAMPLE, locale);
        expect(`${key} ${locale}: ${title} ${text}`).not.toMatch(/[^.]\.\.(?!\.)/);
      }
    }
  });
});
