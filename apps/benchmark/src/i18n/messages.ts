import type { Locale } from './locale';
import { en } from './messages-en';
import { type MessageKey, nl } from './messages-nl';

export type { MessageKey };

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { nl, en };

/** A text with its `{name}` placeholders filled in; one without a value stays as it is. */
export function fillPlaceholders(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A text in the given language, with `{name}` placeholders filled in. */
export function translate(
  locale: Locale,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return fillPlaceholders(DICTIONARIES[locale][key], values);
}
