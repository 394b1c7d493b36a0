import { districtCodeSchema } from '@wijknet/household';
import { z } from 'zod';
import { parseOrThrow } from './schema-problems.js';
import type { Team } from './team.js';
import { TeamError } from './team-error.js';

function countSchema(what: string) {
  return z
    .number({ error: `The number of ${what} is required.` })
    .int(`The number of ${what} must be a whole number.`)
    .min(0, `The number of ${what} cannot be negative.`);
}

/** Inhabitants (inwoners) and households (huishoudens) of one district (wijk), e.g. from CBS. */
export const districtPopulationSchema = z.object({
  code: districtCodeSchema,
  inhabitants: countSchema('inhabitants'),
  households: countSchema('households'),
});

/** Inhabitants and households of one district (wijk), validated. */
export type DistrictPopulation = z.infer<typeof districtPopulationSchema>;

const districtPopulationsSchema = z
  .array(districtPopulationSchema, { error: 'The district populations are required, as a list.' })
  .superRefine((districts, context) => {
    const seen = new Set<string>();
    districts.forEach((district, index) => {
      if (seen.has(district.code)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'code'],
          message: `District ${district.code} is listed twice.`,
        });
      }
      seen.add(district.code);
    });
  });

/** The population of the districts a team serves (verzorgingsgebied). */
export interface ServedPopulation {
  readonly inhabitants: number;
  readonly households: number;
}

/**
 * Adds up inhabitants and households of the districts the team serves. Other districts in the
 * list are ignored, so a whole municipality's list can be passed; a served district missing
 * from it is an error, because leaving it out would inflate every per-inhabitant figure.
 */
export function servedPopulationOf(team: Team, districts: unknown): ServedPopulation {
  const parsed = parseOrThrow(
    districtPopulationsSchema,
    districts,
    'invalid-district-population',
    'The district populations',
  );
  const byCode = new Map(parsed.map((district) => [district.code, district]));
  const missing = team.districtCodes.filter((code) => !byCode.has(code));
  if (missing.length > 0) {
    const problems = missing.map(
      (code) => `No inhabitants and households given for district ${code}.`,
    );
    throw new TeamError(
      'missing-district-population',
      `Team ${team.id} serves districts without population figures: ${missing.join(', ')}.`,
      problems,
    );
  }
  let inhabitants = 0;
  let households = 0;
  for (const code of team.districtCodes) {
    const district = byCode.get(code);
    inhabitants += district?.inhabitants ?? 0;
    households += district?.households ?? 0;
  }
  return { inhabitants, households };
}
