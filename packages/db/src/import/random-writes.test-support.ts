import { quarterOf } from '@wijknet/outcome-monitoring';
import fc from 'fast-check';
import { today as clockToday } from '../clock.js';
import type { ImportRow } from './import-csv.js';

/**
 * Random writes a municipality could send, for property tests of the rollup refresh: every kind of
 * row, on households and plans of the test's own (ZK-R-1…12 with plans P-R-<household>-<1…3>)
 * beside the example files' data, dated over past periods, the running quarter and next year.
 * Most are accepted; a write the rules refuse changes nothing, which is worth testing too.
 */

/** The households the writes refer to; the test writes them before the first write. */
export const RANDOM_HOUSEHOLDS: readonly ImportRow[] = Array.from({ length: 12 }, (_, index) => ({
  household_reference: `ZK-R-${index + 1}`,
  district_code: index % 2 === 0 ? 'WK008010' : 'WK008020',
  size: '3',
  adults: '2',
  minors: '1',
  eldest_age_band: '27-44',
  registered_on: '2022-06-01',
  intake_channel: 'self',
}));

const RUNNING = quarterOf(clockToday());
const isoDay = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);

/** A day of 2023 through the running year, of the running quarter, or of next year. */
export const randomDay: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: (RUNNING.year - 2023 + 1) * 365 }).map((d) => isoDay(2023, 0, 1 + d)),
  fc
    .integer({ min: 0, max: 91 })
    .map((d) => isoDay(RUNNING.year, (RUNNING.quarter - 1) * 3, 1 + d)),
  fc.integer({ min: 0, max: 364 }).map((d) => isoDay(RUNNING.year + 1, 0, 1 + d)),
);

const household = fc.integer({ min: 1, max: RANDOM_HOUSEHOLDS.length });
const plan = fc.record({ household, number: fc.integer({ min: 1, max: 3 }) });
const planReference = (p: { household: number; number: number }) =>
  `P-R-${p.household}-${p.number}`;
const lead = fc.constantFrom('M-001', 'M-002');

/** One write: rows of one kind. */
export interface RandomWrite {
  readonly kind: string;
  readonly rows: readonly ImportRow[];
}

const one = (kind: string, row: fc.Arbitrary<ImportRow>): fc.Arbitrary<RandomWrite> =>
  row.map((value) => ({ kind, rows: [value] }));

/** The events of a plan's life in date order, from its opening to its closing or earlier. */
const planLife: fc.Arbitrary<RandomWrite> = fc
  .record({
    plan,
    days: fc.array(randomDay, { minLength: 6, maxLength: 6 }),
    // Most plans run their whole life, so households are free for the next plan.
    length: fc.oneof({ arbitrary: fc.constant(6), weight: 3 }, fc.integer({ min: 1, max: 5 })),
    lead,
    reason: fc.constantFrom('goals-achieved', 'moved'),
  })
  .map(({ plan: p, days, length, lead: leader, reason }) => {
    const [opened, activated, escalated, deEscalated, goal, closed] = [...days].sort();
    const reference = planReference(p);
    const rows: ImportRow[] = [
      {
        plan_reference: reference,
        household_reference: `ZK-R-${p.household}`,
        team_reference: 'FLT-CENTRUM',
        type: 'opened',
        date: opened,
      },
      {
        plan_reference: reference,
        type: 'activated',
        date: activated,
        lead_member_reference: leader,
      },
      {
        plan_reference: reference,
        type: 'escalated',
        date: escalated,
        escalation_target: 'housing',
      },
      { plan_reference: reference, type: 'de-escalated', date: deEscalated },
      {
        plan_reference: reference,
        type: 'goal-set',
        date: goal,
        life_domain: 'finances',
        start_level: '2',
        target_level: '4',
        intent: 'improve',
      },
      { plan_reference: reference, type: 'closed', date: closed, closure_reason: reason },
    ];
    return { kind: 'plan-events', rows: rows.slice(0, length) };
  });

/** One later event on a plan, which the plan's rules may refuse. */
const planEvent: fc.Arbitrary<RandomWrite> = one(
  'plan-events',
  fc
    .record({
      plan,
      date: randomDay,
      type: fc.constantFrom('lead-changed', 'escalated', 'de-escalated', 'closed', 'action-added'),
      lead,
    })
    .map(({ plan: p, date, type, lead: leader }) => ({
      plan_reference: planReference(p),
      type,
      date,
      ...(type === 'lead-changed' ? { lead_member_reference: leader } : {}),
      ...(type === 'escalated' ? { escalation_target: 'housing' } : {}),
      ...(type === 'closed' ? { closure_reason: 'goals-achieved' } : {}),
      ...(type === 'action-added' ? { action_kind: 'team-member' } : {}),
    })),
);

const score = fc.integer({ min: 1, max: 5 }).map(String);

/** Every kind of write, plan events most often. */
export const randomWrite: fc.Arbitrary<RandomWrite> = fc.oneof(
  { arbitrary: planLife, weight: 4 },
  { arbitrary: planEvent, weight: 3 },
  {
    weight: 3,
    arbitrary: one(
      'assessments',
      fc
        .record({ plan, assessed_on: randomDay, moment: fc.constantFrom('intake', 'closure') })
        .chain(({ plan: p, ...rest }) =>
          fc.record({ finances: score, housing: score }).map((scores) => ({
            household_reference: `ZK-R-${p.household}`,
            plan_reference: planReference(p),
            ...rest,
            ...scores,
          })),
        ),
    ),
  },
  {
    weight: 2,
    arbitrary: one(
      'registered-events',
      fc.record({
        type: fc.constantFrom('eviction', 'eviction-prevented', 'supervision-order'),
        occurred_on: randomDay,
        household_reference: household.map((h) => `ZK-R-${h}`),
      }),
    ),
  },
  {
    weight: 1,
    arbitrary: one(
      'households',
      fc.record({
        household_reference: household.map((h) => `ZK-R-${h}`),
        district_code: fc.constantFrom('WK008010', 'WK008020', 'WK008011', 'WK008040'),
        size: fc.constant('3'),
        adults: fc.constant('2'),
        minors: fc.constant('1'),
        eldest_age_band: fc.constant('27-44'),
        registered_on: fc.oneof(fc.constant('2022-06-01'), randomDay),
        intake_channel: fc.constant('self'),
      }),
    ),
  },
  {
    weight: 2,
    arbitrary: one(
      'members',
      fc.record({
        // M-001 and M-002 stay as the example files have them: the plans' leads.
        member_reference: fc.constantFrom('M-R-1', 'M-R-2'),
        team_reference: fc.constantFrom('FLT-CENTRUM', 'WT-ZUID'),
        discipline: fc.constantFrom('social-worker', 'district-nurse'),
        ring: fc.constantFrom('core', 'ring'),
        contracted_hours: fc.constant('32'),
        hours_in_wijk: fc.integer({ min: 8, max: 32 }).map(String),
        seconding_organisation: fc.constant('Amaryllis'),
        started_on: fc.oneof(fc.constant('2014-01-01'), randomDay),
        ended_on: fc.option(randomDay, { nil: undefined }),
      }),
    ),
  },
  {
    weight: 1,
    arbitrary: one(
      'teams',
      fc.record({
        team_reference: fc.constantFrom('WT-ZUID', 'WT-R-1'),
        name: fc.constant('Wijkteam'),
        kind: fc.constant('all-ages'),
        district_codes: fc.constantFrom('WK008040 WK008041', 'WK008040', 'WK008011'),
        started_on: fc.oneof(fc.constant('2015-01-01'), randomDay),
        access_mandate: fc.constant('own-mandate'),
      }),
    ),
  },
);
