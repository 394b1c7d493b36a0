import type { ObjectRef } from '@pothos/core';
import type { builder } from '../builder.js';

/** A text in Dutch and English, as outcome-monitoring and the registry write them. */
export interface BilingualTextShape {
  readonly nl: string;
  readonly en: string;
}

type Builder = typeof builder;
type Types = Builder extends { $inferSchemaTypes: infer T } ? T : never;

/**
 * The `BilingualText` object type implemented beside the indicator registry (indicator.ts),
 * referred to by its name so the schema keeps one type for one concept.
 */
export const BilingualText = 'BilingualText' as unknown as ObjectRef<Types, BilingualTextShape>;

/** A domain package's name for a value (a discipline, a life domain, ...) in both languages. */
export function bilingualLabel<Value>(
  label: (value: Value, locale: 'nl' | 'en') => string,
  value: Value,
): BilingualTextShape {
  return { nl: label(value, 'nl'), en: label(value, 'en') };
}
