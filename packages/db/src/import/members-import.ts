import { generalistDomainOf, type Member, memberSchema } from '@wijknet/team';
import { sql } from 'drizzle-orm';
import { queryRows } from '../database.js';
import { writeBatches } from './batch-writes.js';
import { numberOrText, optionalText } from './cell-values.js';
import type { ImportKind } from './import-kind.js';
import { reportDuplicates } from './import-kind.js';
import { loadTeams, textArray } from './reference-lookups.js';
import { reachOf } from './rollup-reach.js';
import { reportIssues } from './schema-problems.js';
import { idOfReference } from './stable-id.js';
import { teamIdOf } from './teams-import.js';

const COLUMNS = [
  'member_reference',
  'team_reference',
  'discipline',
  'ring',
  'contracted_hours',
  'hours_in_wijk',
  'seconding_organisation',
  'started_on',
  'ended_on',
] as const;

const COLUMN_OF: Record<string, string> = {
  id: 'member_reference',
  teamId: 'team_reference',
  discipline: 'discipline',
  ring: 'ring',
  contractedHoursPerWeek: 'contracted_hours',
  hoursInWijkPerWeek: 'hours_in_wijk',
  secondingOrganisation: 'seconding_organisation',
  startDate: 'started_on',
  endDate: 'ended_on',
};

/** The id a member reference stands for; plan events name their lead the same way. */
export function memberIdOf(secret: string | Uint8Array, reference: string): string {
  return idOfReference(secret, 'member', reference.trim());
}

/**
 * Team members (teamleden): one row per member of a team, named by the municipality's own code
 * for the person's membership. The team must exist already (import teams first).
 */
export const membersImport: ImportKind<Member> = {
  name: 'members',
  columns: COLUMNS,
  parseRow({ line, cells }, session) {
    const [
      reference = '',
      team = '',
      discipline = '',
      ring = '',
      contracted = '',
      inWijk = '',
      organisation = '',
    ] = cells;
    const [, , , , , , , startedOn = '', endedOn = ''] = cells;
    const { separator } = session.layout;
    const result = memberSchema.safeParse({
      id: reference,
      teamId: team,
      discipline: discipline.trim(),
      ring: ring.trim(),
      contractedHoursPerWeek: numberOrText(contracted, separator),
      hoursInWijkPerWeek: numberOrText(inWijk, separator),
      secondingOrganisation: organisation,
      startDate: startedOn.trim(),
      endDate: optionalText(endedOn),
    });
    if (result.success) return result.data;
    reportIssues(session.problems, line, result.error.issues, COLUMN_OF);
    return undefined;
  },
  /** A member counts in the team from their start: the earliest start, stored or new. */
  async rollupReach(rows, session) {
    const ids = rows.map((row) => memberIdOf(session.secret, row.value.id));
    const [stored] = await queryRows<{ earliest: string | null }>(
      session.tx,
      sql`select min(started_on)::text as earliest from members
          where municipality_id = ${session.municipalityId} and id = any(${textArray(ids)}::uuid[])`,
    );
    return reachOf(['members'], [stored?.earliest, ...rows.map((row) => row.value.startDate)]);
  },
  async check(rows, session) {
    reportDuplicates(rows, (member) => member.id, session, 'member_reference', 'member reference');
    const teams = await loadTeams(session);
    for (const row of rows) {
      if (!teams.has(teamIdOf(session.secret, row.value.teamId))) {
        session.problems.add(
          row.line,
          'team_reference',
          `there is no team "${row.value.teamId}" in ${session.municipalityId}; import the teams file first`,
        );
      }
    }
    return () =>
      writeBatches(
        session.tx,
        {
          table: 'members',
          columns: [
            { name: 'municipality_id', type: 'text' },
            { name: 'id', type: 'uuid' },
            { name: 'team_id', type: 'uuid' },
            { name: 'discipline', type: 'text' },
            { name: 'generalist_domain', type: 'text' },
            { name: 'ring', type: 'text' },
            { name: 'contracted_hours', type: 'numeric' },
            { name: 'hours_in_team', type: 'numeric' },
            { name: 'hours_in_wijk', type: 'numeric' },
            { name: 'seconding_organisation', type: 'text' },
            { name: 'started_on', type: 'date' },
            { name: 'ended_on', type: 'date' },
          ],
          conflictColumns: ['municipality_id', 'id'],
          updateColumns: [
            'team_id',
            'discipline',
            'generalist_domain',
            'ring',
            'contracted_hours',
            'hours_in_team',
            'hours_in_wijk',
            'seconding_organisation',
            'started_on',
            'ended_on',
          ],
        },
        rows.map(({ value: member }) => [
          session.municipalityId,
          memberIdOf(session.secret, member.id),
          teamIdOf(session.secret, member.teamId),
          member.discipline,
          // The basic model counts a generalist domain only for members of the core team.
          member.ring === 'core' ? generalistDomainOf(member.discipline) : null,
          member.ring,
          member.contractedHoursPerWeek,
          // The format has one figure for time in the team and the wijk (uren in de wijk).
          member.hoursInWijkPerWeek,
          member.hoursInWijkPerWeek,
          member.secondingOrganisation,
          member.startDate,
          member.endDate ?? null,
        ]),
      );
  },
};
