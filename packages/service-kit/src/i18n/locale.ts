import { LOCALES, type Locale } from '../auth/principal';

/**
 * The language a reader asked for: the best-weighted supported language of `Accept-Language` (`kk`, `ru`, `en`,
 * with or without a region: `ru-KZ`), else the person's stored preference (the token's locale claim), else
 * Russian, the language every officer reads.
 */
export function readerLocale(acceptLanguage: string | undefined, preference?: Locale): Locale {
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...attributes] = part.trim().split(';');
      const q = attributes.map((a) => /^\s*q=([\d.]+)\s*$/.exec(a)?.[1]).find((v) => v !== undefined);
      return {
        language: tag.trim().toLowerCase().split('-')[0] ?? '',
        q: q === undefined ? 1 : Number(q),
        index,
      };
    })
    .filter(({ language, q }) => q > 0 && (LOCALES as readonly string[]).includes(language))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (wanted[0]?.language as Locale | undefined) ?? preference ?? 'ru';
}
