import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES } from './codes';
import { domainError } from './domain-error';
import { messageTemplate } from './message-template';
import { ERROR_MESSAGES, LANGUAGES } from './messages';
import { isReasonKey, REASON_KEYS, REASON_MESSAGES } from './reasons';

const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
/** Balanced braces and no stray ICU quote: what a flat ICU message needs to parse. */
const balanced = (s: string) =>
  [...s].reduce((depth, ch) => (depth < 0 ? depth : depth + (ch === '{' ? 1 : ch === '}' ? -1 : 0)), 0) === 0;

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });

describe('refusal reasons: a stable key and a kk/ru/en text each', () => {
  it.each(REASON_KEYS.flatMap((key) => LANGUAGES.map((lang) => [key, lang] as const)))(
    '%s has a %s text with the English placeholders, which inlines into every reason-bearing message',
    (key, lang) => {
      const text = REASON_MESSAGES[key][lang];
      expect(text.trim().length).toBeGreaterThan(3);
      if (lang !== 'en') expect(text).toMatch(/[\u0400-\u04FF]/);
      expect(placeholders(text)).toEqual(placeholders(REASON_MESSAGES[key].en));
      expect(balanced(text)).toBe(true);
      expect(text).not.toContain("'");
      for (const code of ERROR_CODES.filter((c) => ERROR_MESSAGES[c][lang].includes('{reason}'))) {
        const template = messageTemplate(domainError(code, { reason: key }), lang);
        expect(template).toContain(text);
        expect(template).not.toContain('{reason}');
      }
    },
  );

  it('keys are SCREAMING_SNAKE and known; anything else is not a reason key', () => {
    for (const key of REASON_KEYS) expect(key).toMatch(/^[A-Z][A-Z0-9_]+$/);
    expect(isReasonKey('SESSION_DATE_BEFORE_TODAY')).toBe(true);
    expect(isReasonKey('the session is today or later')).toBe(false);
    expect(isReasonKey('toString')).toBe(false);
  });

  it('leaves a message without a reason key as it is', () => {
    expect(messageTemplate(domainError('COMMISSION_NO_QUORUM', { present: 3, required: 4 }), 'ru')).toBe(
      ERROR_MESSAGES.COMMISSION_NO_QUORUM.ru,
    );
  });

  // The type of ErrorParams already refuses a free-text `reason`; this catches a cast around it.
  it('no domain source passes free text as a reason', () => {
    const offenders = sources(join(__dirname, '..')).flatMap((path) =>
      [
        ...readFileSync(path, 'utf8').matchAll(/\b(?:invalid|refuse|reason)\(\s*[`'"]([^`'"]*)[`'"]/g),
        ...readFileSync(path, 'utf8').matchAll(
          /\b(?:domainError|reject)\(\s*'\w+',\s*\{[^}]*?\breason:\s*[`'"]([^`'"]*)/g,
        ),
      ]
        .map((m) => m[1]!)
        .filter((text) => !isReasonKey(text))
        .map((text) => `${path}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });
});
