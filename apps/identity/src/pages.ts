import { LOCALES, type Locale } from '@qorgau/service-kit';
import { type Person } from './directory';

const TEXT = {
  kk: {
    title: 'Qorgau жүйесіне кіру',
    devNotice:
      'Тек жергілікті әзірлеуге арналған: құпиясөзсіз кіру. Өндірісте министрліктің жеке басын сәйкестендіру жүйесі қолданылады.',
    choose: 'Кім ретінде кіресіз?',
    language: 'Тіл',
    unknown: 'Мұндай адам анықтамалықта жоқ.',
    empty: 'Анықтамалық бос: алдымен seed іске қосыңыз.',
    signOutTitle: 'Жүйеден шығу',
    signOut: 'Шығу',
    signedOut: 'Сіз жүйеден шықтыңыз.',
  },
  ru: {
    title: 'Вход в Qorgau',
    devNotice:
      'Только для локальной разработки: вход без пароля. В эксплуатации используется система идентификации министерства.',
    choose: 'Войти как',
    language: 'Язык',
    unknown: 'Такого человека нет в справочнике.',
    empty: 'Справочник пуст: сначала запустите seed.',
    signOutTitle: 'Выход из системы',
    signOut: 'Выйти',
    signedOut: 'Вы вышли из системы.',
  },
  en: {
    title: 'Sign in to Qorgau',
    devNotice:
      "Local development only: sign-in without a password. Production uses the ministry's identity provider.",
    choose: 'Sign in as',
    language: 'Language',
    unknown: 'No such person in the directory.',
    empty: 'The directory is empty: run the seed first.',
    signOutTitle: 'Sign out',
    signOut: 'Sign out',
    signedOut: 'You are signed out.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

const escape = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const page = (locale: Locale, title: string, body: string): string => `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:1rem auto;padding:0 1rem;color:#1a1a1a}
.dev{border:2px solid #b45309;background:#fffbeb;padding:.5rem .75rem;border-radius:4px}
ul{list-style:none;padding:0}li{margin:.25rem 0}
button{font:inherit;width:100%;text-align:left;padding:.6rem .75rem;border:1px solid #555;border-radius:4px;background:#fff;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.role{color:#444;font-size:.9em}.error{color:#b91c1c;font-weight:600}
nav a{margin-right:.75rem}
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;

/** The language of the page: the client's `ui_locales` (first known), else `ru`. */
export function pageLocale(...candidates: (string | undefined)[]): Locale {
  for (const candidate of candidates.flatMap((c) => c?.split(/\s+/) ?? [])) {
    const locale = candidate.slice(0, 2).toLowerCase();
    if (LOCALES.includes(locale as Locale)) return locale as Locale;
  }
  return 'ru';
}

/** The person picker: one submit button per person, in a form posting to the interaction. */
export function loginPage(options: {
  readonly uid: string;
  readonly locale: Locale;
  readonly people: readonly Person[];
  readonly error?: 'unknown';
}): string {
  const t = TEXT[options.locale];
  const languages = LOCALES.map((locale) =>
    locale === options.locale
      ? `<a aria-current="true" href="?lang=${locale}" lang="${locale}">${locale}</a>`
      : `<a href="?lang=${locale}" lang="${locale}">${locale}</a>`,
  ).join('');
  const people = options.people
    .map(
      (person) => `<li><button type="submit" name="personRef" value="${escape(person.personRef)}">
${escape(person.fullName)} <span class="role">(${escape(person.personRef)}: ${escape(person.roles.join(', '))})</span></button></li>`,
    )
    .join('\n');
  return page(
    options.locale,
    t.title,
    `<h1>${t.title}</h1>
<p class="dev" role="note">${t.devNotice}</p>
<nav aria-label="${t.language}">${languages}</nav>
${options.error ? `<p class="error" role="alert">${t[options.error]}</p>` : ''}
<form method="post" action="/interaction/${escape(options.uid)}/login">
<input type="hidden" name="locale" value="${options.locale}">
<fieldset><legend>${t.choose}</legend>
${people ? `<ul>${people}</ul>` : `<p>${t.empty}</p>`}
</fieldset>
</form>`,
  );
}

/** RP-initiated logout's confirmation: one button submitting oidc-provider's own form. */
export function logoutPage(locale: Locale, providerForm: string): string {
  const t = TEXT[locale];
  return page(
    locale,
    t.signOutTitle,
    `<h1>${t.signOutTitle}</h1>
${providerForm}
<button type="submit" form="op.logoutForm" name="logout" value="yes">${t.signOut}</button>`,
  );
}

export function signedOutPage(locale: Locale): string {
  const t = TEXT[locale];
  return page(locale, t.signOutTitle, `<h1>${t.signOutTitle}</h1><p>${t.signedOut}</p>`);
}
