import { messageTemplate, type DomainError } from '@qorgau/domain';
import { formatMessage, type Locale } from '@qorgau/service-kit';
import { type DirectoryFile, type DirectoryIssue, type DirectoryRule } from './directory-model';

type Params = Readonly<Record<string, string | number>>;
type Text = (p: Params) => string;

/** What is wrong with a cell, in the reader's language. */
const RULES: Record<DirectoryRule, Record<Locale, Text>> = {
  malformed_csv: {
    kk: () => 'CSV пішімі бұзылған (тырнақшалар немесе бөлгіштер)',
    ru: () => 'нарушен формат CSV (кавычки или разделители)',
    en: () => 'the CSV is malformed (quotes or separators)',
  },
  missing_column: {
    kk: () => 'міндетті баған жоқ',
    ru: () => 'нет обязательного столбца',
    en: () => 'this required column is missing',
  },
  unknown_column: {
    kk: () => 'белгісіз баған',
    ru: () => 'неизвестный столбец',
    en: () => 'this column is not part of the format',
  },
  required: { kk: () => 'мән міндетті', ru: () => 'значение обязательно', en: () => 'a value is required' },
  invalid_identifier: {
    kk: () => 'идентификатор 1-100 латын әрпі, сан және . _ : - болуы керек',
    ru: () => 'идентификатор: 1-100 латинских букв, цифр и . _ : -',
    en: () => 'an identifier is 1-100 Latin letters, digits and . _ : -',
  },
  invalid_label: {
    kk: () => 'бір жолда 1-200 таңба, басқару таңбаларынсыз',
    ru: () => '1-200 символов в одну строку, без управляющих символов',
    en: () => '1-200 characters on one line, without control characters',
  },
  invalid_boolean: {
    kk: () => 'true немесе false болуы керек',
    ru: () => 'должно быть true или false',
    en: () => 'must be true or false',
  },
  invalid_day: {
    kk: () => 'күн ЖЖЖЖ-АА-КК пішімінде, 2000-01-01 мен 2099-12-31 аралығында',
    ru: () => 'дата в формате ГГГГ-ММ-ДД, с 2000-01-01 по 2099-12-31',
    en: () => 'a day YYYY-MM-DD from 2000-01-01 to 2099-12-31',
  },
  unknown_role: {
    kk: (p) => `белгісіз рөл «${p.value}»`,
    ru: (p) => `неизвестная роль «${p.value}»`,
    en: (p) => `unknown role "${p.value}"`,
  },
  invalid_commission_role: {
    kk: () => 'комиссиядағы рөл: chair, secretary немесе member',
    ru: () => 'роль в комиссии: chair, secretary или member',
    en: () => 'the commission role is chair, secretary or member',
  },
  duplicate: {
    kk: (p) => `${p.first}-жолда бұрын аталған`,
    ru: (p) => `уже указано в строке ${p.first}`,
    en: (p) => `already given on line ${p.first}`,
  },
  unknown_unit: {
    kk: () => 'анықтамалықта мұндай бөлімше жоқ',
    ru: () => 'такого подразделения нет в справочнике',
    en: () => 'no such unit in the directory or the import',
  },
  inactive_unit: {
    kk: () => 'бөлімше жабылған',
    ru: () => 'подразделение деактивировано',
    en: () => 'the unit is deactivated',
  },
  unknown_parent: {
    kk: () => 'жоғары тұрған бөлімше табылмады',
    ru: () => 'вышестоящее подразделение не найдено',
    en: () => 'no such parent unit in the directory or the import',
  },
  parent_cycle: {
    kk: () => 'бөлімше өзінен жоғары тұра алмайды (цикл)',
    ru: () => 'подразделение не может стоять выше самого себя (цикл)',
    en: () => 'a unit cannot be above itself (a cycle)',
  },
  unit_has_active_members: {
    kk: () => 'бөлімшеде белсенді қызметкерлер немесе бөлімшелер бар',
    ru: () => 'в подразделении остаются активные сотрудники или подразделения',
    en: () => 'the unit still holds active officers or units',
  },
  unknown_person: {
    kk: () => 'анықтамалықта мұндай қызметкер жоқ',
    ru: () => 'такого сотрудника нет в справочнике',
    en: () => 'no such officer in the directory or the import',
  },
  inactive_person: {
    kk: () => 'қызметкер белсенді емес',
    ru: () => 'сотрудник деактивирован',
    en: () => 'the officer is deactivated',
  },
  commission_composition: {
    kk: () => 'комиссия құрамы жарамсыз',
    ru: () => 'недопустимый состав комиссии',
    en: () => 'the commission composition is not lawful',
  },
  empty_import: {
    kk: () => 'файл бос',
    ru: () => 'файл пуст',
    en: () => 'the file is empty',
  },
};

const FILES: Record<DirectoryFile, Record<Locale, string>> = {
  units: { kk: 'бөлімшелер', ru: 'подразделения', en: 'units' },
  officers: { kk: 'қызметкерлер', ru: 'сотрудники', en: 'officers' },
  commissions: { kk: 'комиссиялар', ru: 'комиссии', en: 'commissions' },
};

/** Line 0: the row came as JSON, not from a file; only the field is named. */
const WHERE: Record<Locale, (file: string, line: number, column: string | null) => string> = {
  kk: (f, l, c) => [f, l > 0 ? `${l}-жол` : '', c ? `«${c}» бағаны` : ''].filter(Boolean).join(', '),
  ru: (f, l, c) => [f, l > 0 ? `строка ${l}` : '', c ? `столбец «${c}»` : ''].filter(Boolean).join(', '),
  en: (f, l, c) => [f, l > 0 ? `line ${l}` : '', c ? `column "${c}"` : ''].filter(Boolean).join(', '),
};

/** A domain refusal's text through the same ICU formatter as every problem (plurals, dates). */
const refusal = (error: DomainError, locale: Locale): string =>
  formatMessage(messageTemplate(error, locale), error.params, locale);

/** "officers, line 12, column "unit_id": no such unit ..." in the reader's language. */
export function issueMessage(issue: DirectoryIssue, locale: Locale): string {
  const what = RULES[issue.rule][locale](issue.params ?? {});
  const detail = issue.domainError ? `${what}: ${refusal(issue.domainError, locale)}` : what;
  return `${WHERE[locale](FILES[issue.file][locale], issue.line, issue.column)}: ${detail}`;
}

export const REJECTED_TITLE: Record<Locale, string> = {
  kk: 'Анықтамалыққа ештеңе енгізілмеді',
  ru: 'В справочник ничего не внесено',
  en: 'Nothing was applied to the directory',
};

export const rejectedDetail = (count: number, locale: Locale): string =>
  ({
    kk: `Қате жолдар: ${count}. Оларды түзетіп, қайта жүктеңіз.`,
    ru: `Ошибок в строках: ${count}. Исправьте их и загрузите снова.`,
    en: `${count} problem(s) in the rows. Correct them and upload again.`,
  })[locale];
