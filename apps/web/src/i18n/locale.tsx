import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { catalogues, isLocale, type Locale } from './messages';

const STORAGE_KEY = 'qorgau.locale';

interface LocaleChoice {
  readonly locale: Locale;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleChoice | null>(null);

export function useLocale(): LocaleChoice {
  const choice = useContext(LocaleContext);
  if (!choice) throw new Error('useLocale outside LocaleProvider');
  return choice;
}

/** The person's own choice on this device wins, then the token's `locale` claim, then Kazakh. */
export function initialLocale(fromToken: Locale | undefined): Locale {
  const remembered = window.localStorage.getItem(STORAGE_KEY);
  if (isLocale(remembered)) return remembered;
  return fromToken ?? 'kk';
}

export function LocaleProvider(props: { tokenLocale: Locale | undefined; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale(props.tokenLocale));

  useEffect(() => {
    if (!window.localStorage.getItem(STORAGE_KEY) && props.tokenLocale) setLocaleState(props.tokenLocale);
  }, [props.tokenLocale]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<LocaleChoice>(
    () => ({
      locale,
      setLocale: (next) => {
        window.localStorage.setItem(STORAGE_KEY, next);
        setLocaleState(next);
      },
    }),
    [locale],
  );
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale} messages={catalogues[locale]} defaultLocale="kk">
        {props.children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
