import type { Locale } from './locale';
import { fillPlaceholders } from './messages';
import { useTranslation } from './use-translation';

/** A page's own texts: Dutch first, and English with the very same keys. */
export interface PageMessages<Key extends string> {
  readonly nl: Record<Key, string>;
  readonly en: Record<Key, string>;
}

/** A text of a page's own dictionary in the locale, with `{name}` placeholders filled in. */
export function pageText<Key extends string>(
  messages: PageMessages<Key>,
  locale: Locale,
  key: Key,
  values: Record<string, string | number> = {},
): string {
  return fillPlaceholders(messages[locale][key], values);
}

/**
 * The page's own texts in the reader's language: pages that only signed-in staff open keep their
 * words beside them rather than in the shared dictionaries every visitor downloads.
 */
export function usePageText<Key extends string>(messages: PageMessages<Key>) {
  const { locale } = useTranslation();
  return (key: Key, values: Record<string, string | number> = {}) =>
    pageText(messages, locale, key, values);
}
