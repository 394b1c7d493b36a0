import type { ArgBuilder } from '@pothos/core';
import { periodTextSchema } from '@wijknet/outcome-monitoring';
import { z } from 'zod';
import type { builder } from '../builder.js';

export const uuidArgument = z.uuid('Use the ID as the API returned it (a UUID).');

/** The ID of a membership or an API key: a UUID. */
export const accessIdArgument = z.uuid('Use the ID as wijknet gave it (a UUID).');

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

const FROM = {
  required: true,
  description: 'First period, e.g. 2025-Q1 or 2025.',
  validate: periodTextSchema,
} as const;
const TO = {
  required: true,
  description: 'Last period, inclusive.',
  validate: periodTextSchema,
} as const;

/** A range of periods as `from` and `to` arguments, each checked by the one period parser. */
export const periodRangeArgs = (arg: ArgBuilder<Types>) => ({
  from: arg.string(FROM),
  to: arg.string(TO),
});

/** A range of periods as `from` and `to` input fields, each checked by the one period parser. */
export const periodRangeFields = (
  t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>,
) => ({
  from: t.string(FROM),
  to: t.string(TO),
});
