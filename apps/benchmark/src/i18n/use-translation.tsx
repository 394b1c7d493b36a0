import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Locale } from './locale';
import { type MessageKey, translate } from './messages';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const LocaleContext = createContext<Locale>('nl');

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The current language and a `t` that translates into it. */
export function useTranslation(): { locale: Locale; t: Translate } {
  const locale = useContext(LocaleContext);
  return useMemo(
    () => ({ locale, t: (key: MessageKey, values = {}) => translate(locale, key, values) }),
    [locale],
  );
}
