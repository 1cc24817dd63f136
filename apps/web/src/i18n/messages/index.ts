import { commissionEn } from './commission-en';
import { commissionKk } from './commission-kk';
import { commissionRu } from './commission-ru';
import { deskEn } from './desk-en';
import { deskKk } from './desk-kk';
import { deskRu } from './desk-ru';
import { directoryEn } from './directory-en';
import { directoryKk } from './directory-kk';
import { directoryReadEn } from './directory-read-en';
import { directoryReadKk } from './directory-read-kk';
import { directoryReadRu } from './directory-read-ru';
import { directoryRu } from './directory-ru';
import { en } from './en';
import { kk } from './kk';
import { reportEn } from './report-en';
import { reportKk } from './report-kk';
import { reportRu } from './report-ru';
import { ru } from './ru';
import { supportEn } from './support-en';
import { supportKk } from './support-kk';
import { supportRu } from './support-ru';
import { tasksEn } from './tasks-en';
import { tasksKk } from './tasks-kk';
import { tasksRu } from './tasks-ru';
import { vocabularyEn } from './vocabulary-en';
import { vocabularyKk } from './vocabulary-kk';
import { vocabularyRu } from './vocabulary-ru';

export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** Every locale's messages, UI texts and the case's vocabulary in one flat ICU catalogue. */
export const catalogues: Record<Locale, Record<string, string>> = {
  en: {
    ...en,
    ...vocabularyEn,
    ...tasksEn,
    ...commissionEn,
    ...deskEn,
    ...directoryEn,
    ...directoryReadEn,
    ...reportEn,
    ...supportEn,
  },
  ru: {
    ...ru,
    ...vocabularyRu,
    ...tasksRu,
    ...commissionRu,
    ...deskRu,
    ...directoryRu,
    ...directoryReadRu,
    ...reportRu,
    ...supportRu,
  },
  kk: {
    ...kk,
    ...vocabularyKk,
    ...tasksKk,
    ...commissionKk,
    ...deskKk,
    ...directoryKk,
    ...directoryReadKk,
    ...reportKk,
    ...supportKk,
  },
};

/** The names of the languages, each in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
