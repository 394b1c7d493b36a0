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
