import { z } from 'zod';
import { type AgeBand, ageBandSchema } from './age-bands.js';
import { calendarDateSchema } from './calendar-date.js';
import {
  type DistrictCode,
  districtCodeSchema,
  isDistrictOfMunicipality,
  type MunicipalityCode,
  municipalityCodeSchema,
} from './cbs-codes.js';
import { intakeChannelSchema } from './intake-channels.js';
import { referenceHashSchema } from './pseudonymise.js';

// A cap that no real household reaches but a typo (40 instead of 4) does.
const MAX_HOUSEHOLD_SIZE = 30;

const count = (what: string) =>
  z
    .number({ error: `The number of ${what} must be a number.` })
    .int({ error: `The number of ${what} must be a whole number.` })
    .min(0, { error: `The number of ${what} cannot be negative.` })
    .max(MAX_HOUSEHOLD_SIZE, {
      error: `The number of ${what} is above ${MAX_HOUSEHOLD_SIZE}; check for a typing error.`,
    });

/** A rule between a household's fields that its fields alone do not show, broken. */
export interface HouseholdInconsistency {
  readonly path: ['size' | 'districtCode' | 'eldestAgeBand'];
  readonly message: string;
}

/**
 * The rules between a household's fields (size is adults plus minors, the district lies in the
 * municipality, the eldest is a minor exactly when there are no adults), for fields that are
 * each valid on their own. The schema applies them; so can a reader that checked the fields its
 * own way, without restating them.
 */
export function findHouseholdInconsistencies(household: {
  readonly municipalityCode: MunicipalityCode;
  readonly districtCode: DistrictCode;
  readonly size: number;
  readonly adults: number;
  readonly minors: number;
  readonly eldestAgeBand: AgeBand;
}): HouseholdInconsistency[] {
  const found: HouseholdInconsistency[] = [];
  if (household.adults + household.minors !== household.size) {
    found.push({
      path: ['size'],
      message: `The household size is ${household.size}, but ${household.adults} adult(s) and ${household.minors} minor(s) make ${household.adults + household.minors}; size must equal adults plus minors.`,
    });
  }
  if (!isDistrictOfMunicipality(household.districtCode, household.municipalityCode)) {
    found.push({
      path: ['districtCode'],
      message: `District ${household.districtCode} does not lie in municipality ${household.municipalityCode}: a district code carries its municipality's 4 digits (WK${household.municipalityCode.slice(2)}..).`,
    });
  }
  const eldestIsMinor = household.eldestAgeBand === 'under-18';
  if (eldestIsMinor !== (household.adults === 0)) {
    found.push({
      path: ['eldestAgeBand'],
      message: eldestIsMinor
        ? 'The eldest is under 18, yet the household has adults; one of the two is wrong.'
        : `The eldest is in band ${household.eldestAgeBand}, yet the household has no adults; one of the two is wrong.`,
    });
  }
  return found;
}

/**
 * A household (huishouden) as wijknet knows it: pseudonymous, with only the coarse facts the
 * indicators need. It has no name, BSN, address or date of birth, and fields beyond these are
 * refused rather than silently dropped, so identifying data cannot slip in through an import.
 */
export const householdSchema = z
  .strictObject(
    {
      /** The keyed hash of the municipality's own reference (gepseudonimiseerde referentie). */
      referenceHash: referenceHashSchema,
      /** The municipality (gemeente) responsible for the household. */
      municipalityCode: municipalityCodeSchema,
      /** The district (wijk) the household lives in. */
      districtCode: districtCodeSchema,
      /** Number of people in the household (huishoudgrootte): adults plus minors. */
      size: count('people in the household').min(1, {
        error: 'A household has at least one person.',
      }),
      /** Number of people aged 18 or over (volwassenen). */
      adults: count('adults'),
      /** Number of people under 18 (minderjarigen). */
      minors: count('minors'),
      /** Age band of the eldest member (leeftijdsklasse oudste). */
      eldestAgeBand: ageBandSchema,
      /** The day the team registered the household (registratiedatum). */
      registeredOn: calendarDateSchema,
      /** How the household came to the team (binnenkomst). */
      intakeChannel: intakeChannelSchema,
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `Unknown household field(s) ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}: a household holds no names, BSN or address, only the fields wijknet defines.`
          : undefined,
    },
  )
  .superRefine((household, context) => {
    for (const issue of findHouseholdInconsistencies(household))
      context.addIssue({ code: 'custom', ...issue });
  });

/** A household (huishouden): pseudonymous, with the coarse facts the indicators need. */
export type Household = z.infer<typeof householdSchema>;
