import { LIFE_DOMAINS } from '@wijknet/household';
import {
  computeIndicator,
  INDICATORS,
  type IndicatorLevel,
  indicatorScale,
  type MonitoringRecordsInput,
  periodEnd,
} from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, type DatabaseHandle, queryRows } from '../database.js';
import * as schema from '../schema/index.js';
import { LIFE_DOMAIN_COLUMNS } from '../schema/index.js';
import { withScope } from '../tenancy.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { type MonitoringData, monitoringData } from './monitoring-data.test-data.js';
import { refreshRollups } from './refresh-rollups.js';
import { zrmDomainDisagreements } from './zrm-domain-disagreements.test-support.js';

/*
 * The SQL rollup and the TypeScript computation of @wijknet/outcome-monitoring are two
 * implementations of one registry. This test generates base rows, writes them through the write
 * path (base rows and the rollup refresh in one transaction), and compares every indicator's
 * value and n in SQL with computeIndicator over the same rows, for every area and period, and the
 * ZRM change per life domain with computeZrmChangeByDomain.
 */

const GM = 'GM0080';
const PERIODS = ['2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2024', '2025-Q1'];

interface Area {
  level: IndicatorLevel;
  unitId: string;
  households: number;
  inhabitants: number;
}

interface Reference {
  municipality: Area;
  /** Every district of the municipality; the first four are the ones the data uses. */
  districts: Area[];
}

async function readReference(db: Database): Promise<Reference> {
  const [municipality] = await queryRows<{ households: number; inhabitants: number }>(
    db,
    sql`select households, inhabitants from municipalities where id = ${GM}`,
  );
  const districts = await queryRows<{ id: string; households: number; inhabitants: number }>(
    db,
    sql`select id, households, inhabitants from districts where municipality_id = ${GM}
        and households > 0 order by id`,
  );
  return {
    municipality: {
      level: 'municipality',
      unitId: GM,
      households: Number(municipality?.households),
      inhabitants: Number(municipality?.inhabitants),
    },
    districts: districts.map((row) => ({
      level: 'district',
      unitId: row.id,
      households: Number(row.households),
      inhabitants: Number(row.inhabitants),
    })),
  };
}

const districtOf = (reference: Reference, index: number) =>
  reference.districts[index]?.unitId ?? '';

async function write(db: Database, data: MonitoringData, reference: Reference): Promise<void> {
  const base = { municipalityId: GM };
  await withScope(db, { role: 'municipality', municipalityId: GM }, async (tx) => {
    await tx.insert(schema.teams).values(
      data.teams.map((team, index) => ({
        ...base,
        id: team.id,
        startedOn: team.startedOn,
        endedOn: team.endedOn,
        name: `Team ${index}`,
        kind: 'all-ages',
        mandate: 'own-mandate',
      })),
    );
    await tx.insert(schema.teamDistricts).values(
      data.teams.flatMap((team) =>
        team.districtIndexes.map((index) => ({
          ...base,
          teamId: team.id,
          districtId: districtOf(reference, index),
        })),
      ),
    );
    if (data.members.length > 0)
      await tx
        .insert(schema.members)
        .values(
          data.members.map((member) => ({ ...base, ...member, secondingOrganisation: 'Welzijn' })),
        );
    if (data.households.length > 0)
      await tx.insert(schema.households).values(
        data.households.map((household) => ({
          ...base,
          id: household.id,
          districtId: districtOf(reference, household.districtIndex),
          referenceHash: household.id,
          size: 1,
          adults: 1,
          minors: 0,
          eldestAgeBand: '25-44',
          registeredOn: household.registeredOn,
          intakeChannel: 'self',
        })),
      );
    for (const plan of data.plans) {
      const { goalDomains: _goals, escalations: _escalations, ...row } = plan;
      await tx.insert(schema.plans).values({
        ...base,
        ...row,
        status: plan.closedOn ? 'closed' : plan.activatedOn ? 'active' : 'intake',
        firstEscalatedOn: plan.escalations[0]?.escalatedOn ?? null,
        deescalatedOn: plan.escalations[0]?.deEscalatedOn ?? null,
      });
      const events = plan.escalations.flatMap((escalation) => [
        {
          type: 'escalated',
          occurredOn: escalation.escalatedOn,
          payload: { target: 'youth-care' },
        },
        ...(escalation.deEscalatedOn === null
          ? []
          : [{ type: 'de-escalated', occurredOn: escalation.deEscalatedOn, payload: {} }]),
      ]);
      if (events.length > 0)
        await tx.insert(schema.planEvents).values(
          events.map((event, index) => ({
            ...base,
            planId: plan.id,
            sequence: index + 2,
            ...event,
          })),
        );
      if (plan.goalDomains.length > 0)
        await tx.insert(schema.goals).values(
          plan.goalDomains.map((lifeDomain) => ({
            ...base,
            planId: plan.id,
            lifeDomain,
            startLevel: 2,
            targetLevel: 4,
          })),
        );
    }
    if (data.assessments.length > 0)
      await tx.insert(schema.assessments).values(
        data.assessments.map(({ scores, ...assessment }) => ({
          ...base,
          ...assessment,
          ...Object.fromEntries(
            LIFE_DOMAINS.map((domain) => [
              camelCase(LIFE_DOMAIN_COLUMNS[domain]),
              scores[domain] ?? null,
            ]),
          ),
        })),
      );
    if (data.events.length > 0)
      await tx.insert(schema.registeredEvents).values(
        data.events.map((event) => ({
          ...base,
          type: event.kind,
          occurredOn: event.occurredOn,
          districtId:
            event.districtIndex === null ? null : districtOf(reference, event.districtIndex),
          teamId: event.teamId,
        })),
      );
    await refreshRollups(tx, { municipalityId: GM, periods: PERIODS });
  });
}

const camelCase = (column: string) =>
  column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The same rows as plain records, limited to one area, as computeIndicator takes them. */
function recordsFor(
  data: MonitoringData,
  reference: Reference,
  area: Area,
): MonitoringRecordsInput {
  const districtIndex = reference.districts.findIndex(
    (district) => district.unitId === area.unitId,
  );
  const inArea = (districtIndexOrNull: number | null, teamId: string | null) =>
    area.level === 'municipality' ||
    (area.level === 'district' && districtIndexOrNull === districtIndex) ||
    (area.level === 'team' && teamId === area.unitId);
  const householdDistrict = new Map(data.households.map((h) => [h.id, h.districtIndex]));
  const plans = data.plans.filter((plan) =>
    inArea(householdDistrict.get(plan.householdId) ?? null, plan.teamId),
  );
  const planIds = new Set(plans.map((plan) => plan.id));
  const householdIds = new Set(plans.map((plan) => plan.householdId));
  const teams = data.teams.filter(
    (team) => area.level === 'municipality' || team.id === area.unitId,
  );
  return {
    households: data.households
      .filter((household) => householdIds.has(household.id))
      .map((household) => ({ id: household.id, registeredOn: household.registeredOn })),
    plans: plans.map((plan) => ({
      id: plan.id,
      householdId: plan.householdId,
      openedOn: plan.openedOn,
      closedOn: plan.closedOn,
      closureReason: plan.closureReason as 'moved' | null,
      leadWorkerId: plan.leadMemberId,
      leadSince: plan.activatedOn,
      goalDomains: plan.goalDomains,
      escalations: plan.escalations,
    })),
    assessments: data.assessments
      .filter((assessment) => planIds.has(assessment.planId))
      .map(({ planId, assessedOn, moment, scores }) => ({ planId, assessedOn, moment, scores })),
    events: data.events
      .filter((event) => inArea(event.districtIndex, event.teamId))
      .map((event) => ({ kind: event.kind, occurredOn: event.occurredOn })),
    teams: teams.map((team) => ({
      id: team.id,
      startedOn: team.startedOn,
      endedOn: team.endedOn,
      members: data.members
        .filter((member) => member.teamId === team.id)
        .map((member) => ({
          discipline: member.discipline,
          ring: member.ring,
          generalistDomain: member.generalistDomain,
          contractedHoursPerWeek: member.contractedHours,
          hoursInWijkPerWeek: member.hoursInWijk,
          startedOn: member.startedOn,
          endedOn: member.endedOn,
        })),
    })),
    area: { households: area.households, inhabitants: area.inhabitants, minors: null },
  };
}

interface RollupRow {
  level: string;
  unit_id: string;
  period: string;
  indicator_code: string;
  numerator: number;
  denominator: number;
  n: number;
}

const rollupRows = (db: Database) =>
  queryRows<RollupRow>(
    db,
    sql`select level, unit_id, period, indicator_code, numerator, denominator, n
        from indicator_rollups where municipality_id = ${GM}`,
  );

/** Where SQL and TypeScript disagree: every indicator, area and period, as readable lines. */
function disagreements(
  data: MonitoringData,
  reference: Reference,
  rows: RollupRow[],
  covered: Set<string>,
): string[] {
  const teamAreas = data.teams.map((team): Area => {
    const served = team.districtIndexes.map((index) => reference.districts[index]);
    return {
      level: 'team',
      unitId: team.id,
      households: served.reduce((sum, district) => sum + (district?.households ?? 0), 0),
      inhabitants: served.reduce((sum, district) => sum + (district?.inhabitants ?? 0), 0),
    };
  });
  const areas = [reference.municipality, ...reference.districts, ...teamAreas];
  const sqlFigures = new Map(
    rows.map((row) => [`${row.indicator_code}|${row.level}|${row.unit_id}|${row.period}`, row]),
  );
  const problems: string[] = [];
  // Figures are kept from a municipality's first data (its first plan or registered event) on:
  // a period that ends before it has no rollup at all, whatever TypeScript would compute for it.
  const firstDataDay = [
    ...data.plans.map((plan) => plan.openedOn),
    ...data.events.map((event) => event.occurredOn),
  ]
    .sort()
    .at(0);
  const isKept = (period: string) =>
    firstDataDay !== undefined && periodEnd(period) >= firstDataDay;
  for (const area of areas) {
    const records = recordsFor(data, reference, area);
    for (const indicator of INDICATORS.filter((i) => i.levels.includes(area.level))) {
      for (const period of PERIODS) {
        const key = `${indicator.code}|${area.level}|${area.unitId}|${period}`;
        if (!isKept(period)) {
          if (sqlFigures.delete(key))
            problems.push(`${key}: SQL kept a period before the first data`);
          continue;
        }
        const figure = computeIndicator(indicator.code, records, period);
        if (figure.value !== null && figure.n > 0) covered.add(indicator.code);
        const row = sqlFigures.get(key);
        sqlFigures.delete(key);
        const sqlValue = row ? (row.numerator / row.denominator) * indicatorScale(indicator) : null;
        const agrees =
          figure.value === null || sqlValue === null
            ? figure.value === sqlValue
            : Math.abs(figure.value - sqlValue) <= 1e-9 * Math.max(1, Math.abs(figure.value)) &&
              figure.n === Number(row?.n);
        if (!agrees)
          problems.push(
            `${key}: SQL ${sqlValue} (n ${row?.n ?? '-'}), TypeScript ${figure.value} (n ${figure.n})`,
          );
      }
    }
  }
  for (const key of sqlFigures.keys())
    problems.push(`${key}: SQL has a figure for an area TypeScript does not know`);
  return problems;
}

const TABLES = [
  'registered_events',
  'assessments',
  'goals',
  'plan_events',
  'plans',
  'households',
  'members',
  'team_districts',
  'teams',
  'public_indicator_figures',
  'indicator_rollups',
  'zrm_domain_rollups',
];

describe.each(TEST_TARGETS)('SQL rollups and computeIndicator agree on %s', (target) => {
  let handle: DatabaseHandle;
  let reference: Reference;
  beforeAll(async () => {
    handle = await createTestDatabase(target);
    reference = await readReference(handle.db);
  });
  afterAll(() => handle.close());

  // 30 generated data sets of rollups on each engine: about 30 s on an idle machine, more under load.
  it('give every indicator the same value and n on generated rows', {
    timeout: 300_000,
  }, async () => {
    // Which indicators the generated rows gave a figure: every one must be, or the test proves little.
    const covered = new Set<string>();
    const domainCovered = { domainFigures: 0 };
    await fc.assert(
      fc.asyncProperty(monitoringData, async (data) => {
        for (const table of TABLES)
          await handle.db.execute(sql`delete from ${sql.identifier(table)}`);
        await write(handle.db, data, reference);
        expect(disagreements(data, reference, await rollupRows(handle.db), covered)).toEqual([]);
        // A write refreshes only the periods it reaches, and the refresh reads only the plans
        // those periods can count: refreshed one period at a time, every figure is the same.
        await handle.db.execute(sql`delete from indicator_rollups`);
        await withScope(handle.db, { role: 'municipality', municipalityId: GM }, async (tx) => {
          for (const period of PERIODS)
            await refreshRollups(tx, { municipalityId: GM, periods: [period] });
        });
        expect(disagreements(data, reference, await rollupRows(handle.db), covered)).toEqual([]);
        // ZRM change per life domain: the same plans and periods, per domain, at municipality level
        const records = recordsFor(data, reference, reference.municipality);
        const byDomain = { municipalityId: GM, records, periods: PERIODS, covered: domainCovered };
        expect(await zrmDomainDisagreements(handle.db, byDomain)).toEqual([]);
      }),
      { numRuns: 30 },
    );
    expect([...covered].sort()).toEqual(INDICATORS.map((indicator) => indicator.code).sort());
    expect(domainCovered.domainFigures).toBeGreaterThan(0);
  });
});
