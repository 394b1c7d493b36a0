import { z } from 'zod';

/** CBS municipality code (gemeentecode): GM and four digits, e.g. GM0080 for Leeuwarden. */
export const municipalityCodeArgument = z
  .string()
  .regex(/^GM\d{4}$/, 'Use a CBS municipality code: GM and four digits, e.g. GM0080.');

/** CBS district code (wijkcode): WK, the municipality's four digits and two characters. */
export const districtCodeArgument = z
  .string()
  .regex(
    /^WK\d{4}[0-9A-Z]{2}$/,
    'Use a CBS district code: WK, four digits and two characters, e.g. WK008001.',
  );

export const uuidArgument = z.uuid('Use the ID as the API returned it (a UUID).');

/** A period: a year (`2025`) or a quarter (`2025-Q3`). */
export const periodArgument = z
  .string()
  .regex(/^\d{4}(-Q[1-4])?$/, 'Use a year (2025) or a quarter (2025-Q3).');

/** The ID of a membership or an API key: a UUID. */
export const accessIdArgument = z.uuid('Use the ID as wijknet gave it (a UUID).');
