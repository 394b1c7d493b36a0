import { type Member, parseMember, parseTeam, type Team } from '@wijknet/team';
import type { schema } from '../database.js';

type TeamRow = typeof schema.teams.$inferSelect;
type MemberRow = typeof schema.members.$inferSelect;
type DistrictRow = typeof schema.districts.$inferSelect;

/** A team row with its members and districts, as a drizzle relational read returns it. */
export type TeamWithRelations = TeamRow & {
  readonly members: readonly MemberRow[];
  readonly districts: readonly DistrictRow[];
};

/** The stored team in @wijknet/team's terms, validated there. */
export function toDomainTeam(team: TeamWithRelations): { team: Team; members: Member[] } {
  return {
    team: parseTeam({
      id: team.id,
      municipalityCode: team.municipalityId,
      name: team.name,
      kind: team.kind,
      districtCodes: team.districts.map((district) => district.id),
      startDate: team.startedOn,
      accessMandate: team.mandate,
    }),
    members: team.members.map((member) =>
      parseMember({
        id: member.id,
        teamId: member.teamId,
        discipline: member.discipline,
        ring: member.ring,
        contractedHoursPerWeek: member.contractedHours,
        hoursInWijkPerWeek: member.hoursInWijk,
        secondingOrganisation: member.secondingOrganisation,
        startDate: member.startedOn,
        ...(member.endedOn ? { endDate: member.endedOn } : {}),
      }),
    ),
  };
}
