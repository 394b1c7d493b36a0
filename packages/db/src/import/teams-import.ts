import { type Team, teamSchema } from '@wijknet/team';
import { sql } from 'drizzle-orm';
import { queryRows } from '../database.js';
import { writeBatches } from './batch-writes.js';
import { listOf } from './cell-values.js';
import type { ImportKind } from './import-kind.js';
import { reportDuplicates } from './import-kind.js';
import { loadDistrictCheck, loadTeams, textArray } from './reference-lookups.js';
import { reportIssues } from './schema-problems.js';
import { idOfReference } from './stable-id.js';

const COLUMNS = [
  'team_reference',
  'name',
  'kind',
  'district_codes',
  'started_on',
  'access_mandate',
] as const;

const COLUMN_OF: Record<string, string> = {
  id: 'team_reference',
  name: 'name',
  kind: 'kind',
  districtCodes: 'district_codes',
  startDate: 'started_on',
  accessMandate: 'access_mandate',
};

/** The id a team reference stands for; members and plans name teams the same way. */
export function teamIdOf(secret: string | Uint8Array, reference: string): string {
  return idOfReference(secret, 'team', reference.trim());
}

/**
 * Teams (sociale wijkteams): one row per team, named by the municipality's own team code, with
 * the districts it serves. A re-imported team is brought up to date, its districts included.
 */
export const teamsImport: ImportKind<Team> = {
  name: 'teams',
  columns: COLUMNS,
  parseRow({ line, cells }, session) {
    const [reference = '', name = '', kind = '', districts = '', startedOn = '', mandate = ''] =
      cells;
    const result = teamSchema.safeParse({
      id: reference,
      municipalityCode: session.municipalityId,
      name,
      kind: kind.trim(),
      districtCodes: listOf(districts),
      startDate: startedOn.trim(),
      accessMandate: mandate.trim(),
    });
    if (result.success) return result.data;
    reportIssues(session.problems, line, result.error.issues, COLUMN_OF);
    return undefined;
  },
  /** A team's districts and dates shape every period's team figures and areas. */
  rollupReach: async () => 'all' as const,
  async check(rows, session) {
    reportDuplicates(rows, (team) => team.id, session, 'team_reference', 'team reference');
    const codes = new Set(rows.flatMap((row) => row.value.districtCodes));
    const isDistrictKnown = await loadDistrictCheck(session, codes);
    for (const row of rows) {
      for (const code of row.value.districtCodes) isDistrictKnown(code, row.line, 'district_codes');
    }
    const teams = rows.map(({ value }) => ({ ...value, uuid: teamIdOf(session.secret, value.id) }));
    return async () => {
      const counts = await writeBatches(
        session.tx,
        {
          table: 'teams',
          columns: [
            { name: 'municipality_id', type: 'text' },
            { name: 'id', type: 'uuid' },
            { name: 'name', type: 'text' },
            { name: 'kind', type: 'text' },
            { name: 'mandate', type: 'text' },
            { name: 'started_on', type: 'date' },
          ],
          conflictColumns: ['municipality_id', 'id'],
          updateColumns: ['name', 'kind', 'mandate', 'started_on'],
        },
        teams.map((team) => [
          session.municipalityId,
          team.uuid,
          team.name,
          team.kind,
          team.accessMandate,
          team.startDate,
        ]),
      );
      // Read after the upsert above, which holds each team's row lock until the end: a writer of
      // the same team that came first has committed by now, so its districts are the ones
      // replaced here, and two writes at once leave one write's districts, never a mix of both.
      const stored = await loadTeams(session);
      const moved = teams.filter((team) => {
        const before = stored.get(team.uuid);
        return before !== undefined && [...team.districtCodes].sort().join() !== before.join();
      });
      if (moved.length > 0) {
        await queryRows(
          session.tx,
          sql`delete from team_districts where municipality_id = ${session.municipalityId}
               and team_id = any(${textArray(moved.map((team) => team.uuid))}::uuid[])`,
        );
      }
      await writeBatches(
        session.tx,
        {
          table: 'team_districts',
          columns: [
            { name: 'municipality_id', type: 'text' },
            { name: 'team_id', type: 'uuid' },
            { name: 'district_id', type: 'text' },
          ],
          conflictColumns: ['municipality_id', 'team_id', 'district_id'],
          updateColumns: [],
        },
        teams.flatMap((team) =>
          team.districtCodes.map((code) => [session.municipalityId, team.uuid, code]),
        ),
      );
      // A team whose only change is its districts was still changed by this import (one that had
      // no districts yet was inserted just now, by this import or by the writer before it).
      const [changed] = await queryRows<{ count: number }>(
        session.tx,
        sql`select count(*)::int as count from teams
             where municipality_id = ${session.municipalityId}
               and id = any(${textArray(moved.filter((team) => (stored.get(team.uuid)?.length ?? 0) > 0).map((team) => team.uuid))}::uuid[])
               and xmin <> pg_current_xact_id()::xid`,
      );
      return { inserted: counts.inserted, updated: counts.updated + (changed?.count ?? 0) };
    };
  },
};
