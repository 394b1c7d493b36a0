import { municipalityCodeSchema } from '@wijknet/household';
import { MANDATES } from '@wijknet/team';
import { z } from 'zod';

const shareSchema = z
  .number()
  .min(0, 'A share lies between 0 and 1.')
  .max(1, 'A share lies between 0 and 1.')
  .nullable()
  .default(null);

/**
 * The characteristics of a municipality (gemeenteprofiel) that peer groups are formed on: CBS
 * figures plus, when known, the share of minors and elderly and the mean team age.
 */
export const municipalityProfileSchema = z.object({
  code: municipalityCodeSchema,
  name: z.string().min(1, 'A municipality has a name.'),
  /** Province (provincie), as CBS spells it (e.g. Fryslân). */
  province: z.string().min(1, 'A municipality lies in a province.'),
  /** Inhabitants (inwoners). */
  inhabitants: z.number().int().min(1, 'A municipality has inhabitants.'),
  /** Private households (particuliere huishoudens). */
  households: z.number().int().min(1, 'A municipality has households.'),
  /** Urbanity (stedelijkheid): 1 very strongly urban to 5 not urban. */
  urbanity: z
    .number()
    .int()
    .min(1, 'Urbanity runs from 1 to 5.')
    .max(5, 'Urbanity runs from 1 to 5.'),
  /** Share of inhabitants aged 0–17 (aandeel minderjarigen). */
  shareOfMinors: shareSchema,
  /** Share of inhabitants aged 65 or over (aandeel ouderen). */
  shareOfElderly: shareSchema,
  /** Mean age of the municipality's teams in years (gemiddelde teamleeftijd). */
  teamAgeYears: z.number().min(0).nullable().default(null),
  /**
   * The access mandate (toegang) most of its current teams hold, when known: a municipality that
   * does not publish its team composition has none here, and is never grouped by it.
   */
  accessMandate: z.enum(MANDATES).nullable().default(null),
});

export type MunicipalityProfile = z.infer<typeof municipalityProfileSchema>;
export type MunicipalityProfileInput = z.input<typeof municipalityProfileSchema>;

/**
 * CBS municipality size classes (gemeentegrootteklassen), by inhabitants; the lower bound is
 * included and the upper bound excluded: < 5,000; 5,000–10,000; 10,000–20,000;
 * 20,000–50,000; 50,000–100,000; 100,000–150,000; 150,000–250,000; 250,000 or more.
 */
export const SIZE_CLASSES = [
  {
    code: 'under-5000',
    from: 0,
    nl: 'minder dan 5.000 inwoners',
    en: 'fewer than 5,000 inhabitants',
  },
  {
    code: '5000-10000',
    from: 5_000,
    nl: '5.000 tot 10.000 inwoners',
    en: '5,000 to 10,000 inhabitants',
  },
  {
    code: '10000-20000',
    from: 10_000,
    nl: '10.000 tot 20.000 inwoners',
    en: '10,000 to 20,000 inhabitants',
  },
  {
    code: '20000-50000',
    from: 20_000,
    nl: '20.000 tot 50.000 inwoners',
    en: '20,000 to 50,000 inhabitants',
  },
  {
    code: '50000-100000',
    from: 50_000,
    nl: '50.000 tot 100.000 inwoners',
    en: '50,000 to 100,000 inhabitants',
  },
  {
    code: '100000-150000',
    from: 100_000,
    nl: '100.000 tot 150.000 inwoners',
    en: '100,000 to 150,000 inhabitants',
  },
  {
    code: '150000-250000',
    from: 150_000,
    nl: '150.000 tot 250.000 inwoners',
    en: '150,000 to 250,000 inhabitants',
  },
  {
    code: '250000-or-more',
    from: 250_000,
    nl: '250.000 inwoners of meer',
    en: '250,000 inhabitants or more',
  },
] as const;

/** A CBS municipality size class (gemeentegrootteklasse). */
export type SizeClass = (typeof SIZE_CLASSES)[number]['code'];

/** The size class (gemeentegrootteklasse) of a number of inhabitants. */
export function sizeClassOf(inhabitants: number): SizeClass {
  let found: SizeClass = SIZE_CLASSES[0].code;
  for (const sizeClass of SIZE_CLASSES) {
    if (inhabitants >= sizeClass.from) found = sizeClass.code;
  }
  return found;
}
