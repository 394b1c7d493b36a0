import { calendarDateSchema, districtCodeSchema } from '@wijknet/household';
import { z } from 'zod';

/**
 * A member who may be asked to lead a plan (kandidaat-regievoerder), described by shape only so
 * that the plan package needs no team package: the member's ring and the districts its team
 * serves. A member of several teams appears once per team.
 */
export const leadCandidateSchema = z.object({
  /** The member's identifier, as used in `activated` and `lead-changed` events. */
  memberId: z.string().trim().min(1, { error: 'A lead candidate needs a member id.' }),
  /**
   * The member's ring (schil): `core` (basisteam) or `ring` (tijdelijke aanvulling), as in the
   * team package. Only core members may lead a plan.
   */
  ring: z.enum(['core', 'ring'], {
    error: (issue) => `Unknown ring ${JSON.stringify(issue.input)}: use "core" or "ring".`,
  }),
  /** The districts (wijken) served by the member's team. */
  districtCodes: z.array(districtCodeSchema),
  /** First day of membership, when known; leading before it is refused. */
  from: calendarDateSchema.optional(),
  /** Last day of membership, when it has ended; leading after it is refused. */
  until: calendarDateSchema.optional(),
});

/** A member who may be asked to lead a plan (kandidaat-regievoerder). */
export type LeadCandidate = z.infer<typeof leadCandidateSchema>;

/**
 * What the plan rules need to know beyond the events: the household's district and number of
 * minors, and the members who could lead. Give the candidates over the plan's whole life (with
 * `from`/`until`), so that replaying old events still finds the lead of that time.
 */
export const planContextSchema = z.object({
  household: z.object({
    /** The district the household lives in (wijk). */
    districtCode: districtCodeSchema,
    /** The number of minors (minderjarigen); parenting goals need at least one. */
    minors: z.number().int().min(0),
  }),
  leadCandidates: z.array(leadCandidateSchema),
});

/** What the plan rules need to know beyond the events (plancontext). */
export type PlanContext = z.infer<typeof planContextSchema>;

/**
 * Why the member cannot lead the household's plan on the date, or undefined when it can: a
 * lead (regievoerder) is a core member of a team that serves the household's district.
 */
export function describeLeadProblem(
  memberId: string,
  date: string,
  context: PlanContext,
): string | undefined {
  const candidacies = context.leadCandidates.filter((candidate) => candidate.memberId === memberId);
  if (candidacies.length === 0) return `member ${memberId} is not among the lead candidates`;
  const district = context.household.districtCode;
  const serving = candidacies.filter((candidate) => candidate.districtCodes.includes(district));
  if (serving.length === 0) {
    return `member ${memberId} is not in a team that serves the household's district ${district}`;
  }
  const core = serving.filter((candidate) => candidate.ring === 'core');
  if (core.length === 0) {
    return `member ${memberId} is in the ring around the team, not in the core team (basisteam)`;
  }
  const current = core.filter(
    (candidate) =>
      (candidate.from === undefined || candidate.from <= date) &&
      (candidate.until === undefined || date <= candidate.until),
  );
  if (current.length === 0) return `member ${memberId} is not a team member on ${date}`;
  return undefined;
}
