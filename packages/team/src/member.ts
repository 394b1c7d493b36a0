import { calendarDateSchema } from '@wijknet/household';
import { z } from 'zod';
import { choiceSchema } from './choice-schema.js';
import { DISCIPLINES } from './disciplines.js';
import { RINGS } from './rings.js';
import { parseOrThrow } from './schema-problems.js';

/**
 * The most hours a week anyone can be contracted for: the Dutch Working Hours Act
 * (Arbeidstijdenwet) caps a working week at 60 hours, so more is a typing error.
 */
const MAX_HOURS_PER_WEEK = 60;

const VOLUNTEER_WORDS = new Set(['volunteer', 'volunteers', 'vrijwilliger', 'vrijwilligers']);

/** Volunteers are a function (functie) of the team, not members: their time is not steady enough. */
function explainVolunteer(input: unknown): string | undefined {
  if (typeof input !== 'string' || !VOLUNTEER_WORDS.has(input.trim().toLowerCase())) return;
  return 'Volunteers (vrijwilligers) are not team members: the basic model places volunteer work as a function of the team, not as a member with contracted hours. Register the volunteer coordinator (volunteer-coordinator) as a member instead.';
}

function hoursSchema(what: string) {
  return z
    .number({ error: `${what} are required, as a number of hours per week.` })
    .min(0, `${what} cannot be negative.`)
    .max(MAX_HOURS_PER_WEEK, `${what} cannot exceed ${MAX_HOURS_PER_WEEK} hours a week.`);
}

/**
 * A team member (teamlid): a professional seconded by a parent organisation
 * (moederorganisatie) to one team, with a discipline, a ring (basisteam or tijdelijke
 * aanvulling), contracted hours and the hours a week spent in the team and the district
 * (uren in de wijk). The end date is the first day the person no longer belongs to the team.
 */
export const memberSchema = z
  .object(
    {
      id: z.string({ error: 'A member id is required.' }).trim().min(1, 'A member id is required.'),
      teamId: z.string({ error: 'A team id is required.' }).trim().min(1, 'A team id is required.'),
      discipline: choiceSchema(DISCIPLINES, 'a discipline', explainVolunteer),
      ring: choiceSchema(RINGS, 'a ring'),
      contractedHoursPerWeek: hoursSchema('Contracted hours').refine((hours) => hours > 0, {
        message: 'Contracted hours must be more than 0 hours a week.',
      }),
      hoursInWijkPerWeek: hoursSchema('Hours in the wijk'),
      secondingOrganisation: z
        .string({ error: 'The seconding organisation (moederorganisatie) is required.' })
        .trim()
        .min(1, 'The seconding organisation (moederorganisatie) is required.'),
      startDate: calendarDateSchema,
      endDate: calendarDateSchema.optional(),
    },
    {
      error:
        'A member must be an object with id, teamId, discipline, ring, contractedHoursPerWeek, hoursInWijkPerWeek, secondingOrganisation and startDate.',
    },
  )
  .superRefine((member, context) => {
    if (member.hoursInWijkPerWeek > member.contractedHoursPerWeek) {
      context.addIssue({
        code: 'custom',
        path: ['hoursInWijkPerWeek'],
        message: `Hours in the wijk (${member.hoursInWijkPerWeek}) cannot exceed the contracted hours (${member.contractedHoursPerWeek}).`,
      });
    }
    if (member.endDate !== undefined && member.endDate <= member.startDate) {
      context.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: `The end date (${member.endDate}) must come after the start date (${member.startDate}).`,
      });
    }
  });

/** A team member (teamlid), validated. */
export type Member = z.infer<typeof memberSchema>;

/** Validates a member from outside, or throws a TeamError `invalid-member` listing every problem. */
export function parseMember(input: unknown): Member {
  return parseOrThrow(memberSchema, input, 'invalid-member', 'The member');
}
