import { type EventRecord, eventRecordSchema } from '@wijknet/outcome-monitoring';
import { writeBatches } from './batch-writes.js';
import { optionalText } from './cell-values.js';
import { hashReference } from './households-import.js';
import type { ImportKind } from './import-kind.js';
import { reportDuplicates } from './import-kind.js';
import { householdAndPlanOf, loadHouseholdsAndPlans, loadTeams } from './reference-lookups.js';
import { reachOf } from './rollup-reach.js';
import { reportIssues } from './schema-problems.js';
import { idOfKey } from './stable-id.js';
import { teamIdOf } from './teams-import.js';

const COLUMNS = [
  'type',
  'occurred_on',
  'household_reference',
  'plan_reference',
  'team_reference',
] as const;

interface RegisteredEventRow {
  readonly event: EventRecord;
  readonly householdHash: string;
  readonly planReference: string | undefined;
  readonly teamReference: string | undefined;
}

/**
 * Registered events (gebeurtenissen): eviction (uithuiszetting), eviction prevented (voorkomen
 * uithuiszetting) and supervision order (ondertoezichtstelling, OTS), each of a household on a
 * day. The household must exist; plan and team are optional and, when given, must fit it.
 */
export const registeredEventsImport: ImportKind<RegisteredEventRow> = {
  name: 'registered-events',
  columns: COLUMNS,
  parseRow({ line, cells }, session) {
    const [type = '', occurredOn = '', household = '', plan = '', team = ''] = cells;
    const householdHash = hashReference(household, line, 'household_reference', session);
    const result = eventRecordSchema.safeParse({
      kind: type.trim(),
      occurredOn: occurredOn.trim(),
    });
    if (!result.success) {
      reportIssues(session.problems, line, result.error.issues, {
        kind: 'type',
        occurredOn: 'occurred_on',
      });
      return undefined;
    }
    if (householdHash === undefined) return undefined;
    return {
      event: result.data,
      householdHash,
      planReference: optionalText(plan),
      teamReference: optionalText(team),
    };
  },
  /** An event counts in the periods holding its day, which a re-import cannot change. */
  rollupReach: async (rows) =>
    reachOf(
      ['registered-events'],
      rows.map((row) => row.value.event.occurredOn),
    ),
  async check(rows, session) {
    const keyOf = (row: RegisteredEventRow) =>
      `${row.event.kind}|${row.event.occurredOn}|${row.householdHash}`;
    reportDuplicates(rows, keyOf, session, 'type', 'event of the same household on the same day');
    const stored = await loadHouseholdsAndPlans(
      session,
      rows.map((row) => row.value),
    );
    const teams = await loadTeams(session);
    const written: (string | null)[][] = [];
    for (const { line, value } of rows) {
      const found = householdAndPlanOf(session, line, value, stored);
      if (found === undefined) continue;
      const { household, planId, plan } = found;
      const teamId =
        value.teamReference === undefined
          ? (plan?.teamId ?? null)
          : teamIdOf(session.secret, value.teamReference);
      if (teamId !== null && !teams.has(teamId)) {
        session.problems.add(
          line,
          'team_reference',
          `there is no team "${value.teamReference}" in ${session.municipalityId}`,
        );
        continue;
      }
      written.push([
        session.municipalityId,
        idOfKey('registered-event', keyOf(value)),
        value.event.kind,
        value.event.occurredOn,
        household.id,
        planId,
        teamId,
        household.districtId,
      ]);
    }
    return () =>
      writeBatches(
        session.tx,
        {
          table: 'registered_events',
          columns: [
            { name: 'municipality_id', type: 'text' },
            { name: 'id', type: 'uuid' },
            { name: 'type', type: 'text' },
            { name: 'occurred_on', type: 'date' },
            { name: 'household_id', type: 'uuid' },
            { name: 'plan_id', type: 'uuid' },
            { name: 'team_id', type: 'uuid' },
            { name: 'district_id', type: 'text' },
          ],
          conflictColumns: ['municipality_id', 'id'],
          updateColumns: ['plan_id', 'team_id', 'district_id'],
        },
        written,
      );
  },
};
