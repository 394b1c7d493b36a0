import {
  calendarDateSchema,
  districtCodeSchema,
  isDistrictOfMunicipality,
  municipalityCodeOfDistrict,
  municipalityCodeSchema,
} from '@wijknet/household';
import { z } from 'zod';
import { choiceSchema } from './choice-schema.js';
import { MANDATES } from './mandates.js';
import { parseOrThrow } from './schema-problems.js';
import { TEAM_KINDS } from './team-kinds.js';

/**
 * A social neighbourhood team (sociaal wijkteam): one team of one municipality (gemeente),
 * serving one or more of its districts (wijken), since a start date. The start date matters
 * because a team needs two to four years to settle in (op elkaar ingespeeld raken).
 */
export const teamSchema = z
  .object(
    {
      id: z.string({ error: 'A team id is required.' }).trim().min(1, 'A team id is required.'),
      municipalityCode: municipalityCodeSchema,
      name: z
        .string({ error: 'A team name is required.' })
        .trim()
        .min(1, 'A team name is required.'),
      kind: choiceSchema(TEAM_KINDS, 'a team kind'),
      districtCodes: z
        .array(districtCodeSchema, {
          error: 'The districts the team serves are required, as a list.',
        })
        .min(1, 'A team serves at least one district; none was given.'),
      startDate: calendarDateSchema,
      accessMandate: choiceSchema(MANDATES, 'an access mandate'),
    },
    {
      error:
        'A team must be an object with id, municipalityCode, name, kind, districtCodes, startDate and accessMandate.',
    },
  )
  .superRefine((team, context) => {
    // Malformed codes already have their own message; comparing them would only add noise.
    const isMunicipalityWellFormed = municipalityCodeSchema.safeParse(
      team.municipalityCode,
    ).success;
    const seen = new Set<string>();
    team.districtCodes.forEach((code, index) => {
      const isComparable = isMunicipalityWellFormed && districtCodeSchema.safeParse(code).success;
      if (isComparable && !isDistrictOfMunicipality(code, team.municipalityCode)) {
        context.addIssue({
          code: 'custom',
          path: ['districtCodes', index],
          message: `District ${code} lies in municipality ${municipalityCodeOfDistrict(code)}, not in the team's municipality ${team.municipalityCode}.`,
        });
      }
      if (seen.has(code)) {
        context.addIssue({
          code: 'custom',
          path: ['districtCodes', index],
          message: `District ${code} is listed twice.`,
        });
      }
      seen.add(code);
    });
  });

/** A social neighbourhood team (sociaal wijkteam), validated. */
export type Team = z.infer<typeof teamSchema>;

/** Validates a team from outside, or throws a TeamError `invalid-team` listing every problem. */
export function parseTeam(input: unknown): Team {
  return parseOrThrow(teamSchema, input, 'invalid-team', 'The team');
}
