import { describe, expect, it } from 'vitest';
import { computeIndicator } from './compute-indicator.js';
import { MonitoringError } from './monitoring-error.js';
import type { MonitoringRecordsInput } from './monitoring-records.js';

const Q3 = '2025-Q3';

describe('plan outcome indicators', () => {
  const records: MonitoringRecordsInput = {
    plans: [
      // closed in Q3, improved on its goals
      {
        id: 'p1',
        householdId: 'h1',
        openedOn: '2025-01-10',
        closedOn: '2025-07-01',
        closureReason: 'goals-achieved',
        leadWorkerId: 'w1',
        goalDomains: ['finances', 'housing'],
      },
      // closed in Q3, worse on one goal domain
      {
        id: 'p2',
        householdId: 'h2',
        openedOn: '2025-02-01',
        closedOn: '2025-09-30',
        closureReason: 'moved',
        leadWorkerId: 'w1',
        goalDomains: ['finances', 'mental-health'],
      },
      // closed in Q2: outside the period
      {
        id: 'p3',
        householdId: 'h3',
        openedOn: '2025-01-01',
        closedOn: '2025-06-30',
        closureReason: 'goals-achieved',
        leadWorkerId: 'w2',
        goalDomains: ['finances'],
      },
      // closed in Q3 without assessments
      {
        id: 'p4',
        householdId: 'h4',
        openedOn: '2025-03-01',
        closedOn: '2025-08-15',
        closureReason: 'refused-or-stopped',
        leadWorkerId: 'w2',
      },
    ],
    assessments: [
      {
        planId: 'p1',
        assessedOn: '2025-01-10',
        moment: 'intake',
        scores: { finances: 1, housing: 2, justice: 3 },
      },
      { planId: 'p1', assessedOn: '2025-04-01', moment: 'follow-up', scores: { finances: 5 } },
      {
        planId: 'p1',
        assessedOn: '2025-07-01',
        moment: 'closure',
        scores: { finances: 3, housing: 2, justice: 4 },
      },
      {
        planId: 'p2',
        assessedOn: '2025-02-01',
        moment: 'intake',
        scores: { finances: 2, 'mental-health': 3 },
      },
      // a later intake does not replace the earliest one
      {
        planId: 'p2',
        assessedOn: '2025-02-20',
        moment: 'intake',
        scores: { finances: 5, 'mental-health': 5 },
      },
      {
        planId: 'p2',
        assessedOn: '2025-09-30',
        moment: 'closure',
        scores: { finances: 4, 'mental-health': 2 },
      },
      { planId: 'p3', assessedOn: '2025-01-01', moment: 'intake', scores: { finances: 1 } },
      { planId: 'p3', assessedOn: '2025-06-30', moment: 'closure', scores: { finances: 5 } },
    ],
  };

  it('averages the ZRM change per plan, then over plans closed in the period', () => {
    // p1: (+2, 0, +1)/3 = 1; p2: (+2, −1)/2 = 0.5; mean 0.75 over 2 plans
    const figure = computeIndicator('zrm-mean-change', records, Q3);
    expect(figure).toEqual({
      code: 'zrm-mean-change',
      period: Q3,
      value: 0.75,
      numerator: 1.5,
      denominator: 2,
      n: 2,
    });
  });

  it('counts a plan as improved only when no goal domain got worse', () => {
    const figure = computeIndicator('closed-plans-improved-on-goals', records, Q3);
    expect(figure.value).toBe(0.5);
    expect(figure.n).toBe(2);
  });

  it('takes every plan closed in the period for goals achieved', () => {
    const figure = computeIndicator('closed-plans-goals-achieved', records, Q3);
    expect(figure).toMatchObject({ numerator: 1, denominator: 3, n: 3 });
    expect(figure.value).toBeCloseTo(1 / 3);
  });
});

describe('escalation indicators', () => {
  const records: MonitoringRecordsInput = {
    plans: [
      {
        id: 'a',
        householdId: 'h1',
        openedOn: '2024-01-01',
        escalations: [{ escalatedOn: '2025-08-01' }],
      },
      {
        id: 'b',
        householdId: 'h2',
        openedOn: '2024-01-01',
        escalations: [{ escalatedOn: '2025-05-01' }],
      },
      { id: 'c', householdId: 'h3', openedOn: '2025-09-30' },
      { id: 'd', householdId: 'h4', openedOn: '2025-10-01' },
      {
        id: 'e',
        householdId: 'h5',
        openedOn: '2024-01-01',
        closedOn: '2025-06-30',
        closureReason: 'other',
      },
      {
        id: 'f',
        householdId: 'h6',
        openedOn: '2024-01-01',
        escalations: [
          { escalatedOn: '2024-07-15', deEscalatedOn: '2025-07-15' },
          { escalatedOn: '2024-08-01', deEscalatedOn: '2025-08-02' },
          { escalatedOn: '2024-09-30' },
          { escalatedOn: '2024-10-01', deEscalatedOn: '2024-11-01' },
        ],
      },
    ],
  };

  it('shares plans escalated among those open during the period', () => {
    // open during Q3: a, b, c, f (d opens after, e closed before) → only a escalated in Q3
    expect(computeIndicator('plans-escalated', records, Q3)).toMatchObject({
      value: 0.25,
      numerator: 1,
      denominator: 4,
    });
  });

  it('judges escalations whose 12-month window ends in the period', () => {
    // due in Q3: the three escalated 2024-07-15, 2024-08-01, 2024-09-30; the first is in time
    // (exactly on the deadline), the second one day late, the third never de-escalated
    expect(
      computeIndicator('escalations-de-escalated-within-12-months', records, Q3),
    ).toMatchObject({ numerator: 1, denominator: 3, n: 3 });
  });
});

describe('access indicators', () => {
  const records: MonitoringRecordsInput = {
    households: [
      { id: 'h1', registeredOn: '2025-06-20' },
      { id: 'h2', registeredOn: '2025-07-01' },
      { id: 'h3', registeredOn: '2025-07-05' },
      { id: 'h4', registeredOn: '2025-01-01' },
    ],
    plans: [
      { id: 'p1', householdId: 'h1', openedOn: '2025-07-10', leadWorkerId: 'w' },
      { id: 'p2', householdId: 'h2', openedOn: '2025-07-31', leadWorkerId: 'w' },
      { id: 'p2b', householdId: 'h2', openedOn: '2025-08-01', leadWorkerId: 'v' },
      { id: 'p3', householdId: 'h3', openedOn: '2025-07-01' },
      {
        id: 'p4',
        householdId: 'h4',
        openedOn: '2025-01-02',
        closedOn: '2025-09-30',
        closureReason: 'moved',
      },
    ],
    area: { households: 200 },
  };

  it('checks one household, one plan, one lead on the last day', () => {
    // open on 2025-09-30: h1 (ok), h2 (two plans), h3 (no lead), h4 (closed that very day, so
    // still open on it, as reach and plans-escalated count it; it has no lead)
    expect(computeIndicator('one-plan-compliance', records, Q3)).toMatchObject({
      numerator: 1,
      denominator: 4,
      n: 4,
    });
  });

  it('counts a plan closed on the last day as open on it, as reach does', () => {
    const closedOnLastDay: MonitoringRecordsInput = {
      plans: [
        {
          id: 'p',
          householdId: 'h',
          openedOn: '2025-01-02',
          closedOn: '2025-09-30',
          closureReason: 'goals-achieved',
          leadWorkerId: 'w',
        },
      ],
      area: { households: 1000 },
    };
    expect(computeIndicator('one-plan-compliance', closedOnLastDay, Q3)).toMatchObject({
      numerator: 1,
      denominator: 1,
    });
    expect(computeIndicator('reach-per-1000-households', closedOnLastDay, Q3).numerator).toBe(1);
    expect(computeIndicator('one-plan-compliance', closedOnLastDay, '2025-Q4').n).toBe(0);
  });

  it('counts the lead worker from the day the plan became active', () => {
    const activeAfterwards: MonitoringRecordsInput = {
      plans: [
        {
          id: 'p',
          householdId: 'h',
          openedOn: '2025-09-01',
          leadWorkerId: 'w',
          leadSince: '2025-10-03',
        },
      ],
    };
    expect(computeIndicator('one-plan-compliance', activeAfterwards, Q3)).toMatchObject({
      numerator: 0,
      denominator: 1,
    });
    expect(computeIndicator('one-plan-compliance', activeAfterwards, '2025-Q4').value).toBe(1);
  });

  it('counts each household reached once per 1,000 households', () => {
    expect(computeIndicator('reach-per-1000-households', records, Q3)).toMatchObject({
      value: 20,
      numerator: 4,
      denominator: 200,
      n: 4,
    });
  });

  it('takes the median wait, counting a plan before registration as 0 days', () => {
    // h1 20 days, h2 30 days (first plan), h3 0 (opened before registration)
    expect(computeIndicator('median-days-to-first-plan', records, Q3)).toMatchObject({
      value: 20,
      numerator: null,
      n: 3,
    });
  });

  it('refuses reach without the number of households in the area', () => {
    const { area: _area, ...withoutArea } = records;
    expect(() => computeIndicator('reach-per-1000-households', withoutArea, Q3)).toThrow(
      /area\.households/,
    );
  });
});

describe('events per 1,000', () => {
  const records: MonitoringRecordsInput = {
    events: [
      { kind: 'eviction', occurredOn: '2025-07-01' },
      { kind: 'eviction', occurredOn: '2025-10-01' },
      { kind: 'eviction-prevented', occurredOn: '2025-08-01' },
      { kind: 'eviction-prevented', occurredOn: '2025-09-01' },
      { kind: 'supervision-order', occurredOn: '2025-09-30' },
    ],
    area: { households: 500, minors: 250 },
  };

  it('counts events dated in the period against the area', () => {
    expect(computeIndicator('evictions-per-1000-households', records, Q3).value).toBe(2);
    expect(computeIndicator('evictions-prevented-per-1000-households', records, Q3).value).toBe(4);
    expect(computeIndicator('supervision-orders-per-1000-minors', records, Q3)).toMatchObject({
      value: 4,
      n: 1,
    });
    expect(computeIndicator('evictions-per-1000-households', records, '2025').n).toBe(2);
  });

  it('divides by the registry estimate of minors (19.5% of inhabitants) without a CBS count', () => {
    const estimated = { events: records.events, area: { households: 500, inhabitants: 10_003 } };
    // 19.5% of 10,003 is 1,950.585: 1,951 minors
    expect(computeIndicator('supervision-orders-per-1000-minors', estimated, Q3)).toMatchObject({
      numerator: 1,
      denominator: 1951,
    });
    expect(() =>
      computeIndicator('supervision-orders-per-1000-minors', { area: { households: 5 } }, Q3),
    ).toThrow(/area\.inhabitants/);
  });
});

describe('computeIndicator input', () => {
  it('gives no value, not zero, when nothing falls in the period', () => {
    expect(computeIndicator('closed-plans-goals-achieved', {}, Q3)).toMatchObject({
      value: null,
      n: 0,
    });
  });

  it('refuses invalid records with a message naming the problem', () => {
    const bad: MonitoringRecordsInput = {
      plans: [
        {
          id: 'p',
          householdId: 'h',
          openedOn: '2025-07-01',
          closedOn: '2025-06-01',
          closureReason: 'moved',
        },
      ],
    };
    expect(() => computeIndicator('plans-escalated', bad, Q3)).toThrow(MonitoringError);
    expect(() => computeIndicator('plans-escalated', bad, Q3)).toThrow(/before it was opened/);
    expect(() =>
      computeIndicator(
        'plans-escalated',
        { plans: [{ id: 'p', householdId: 'h', openedOn: '1-7-2025' }] },
        Q3,
      ),
    ).toThrow(/YYYY-MM-DD/);
  });

  it('refuses an unknown indicator or period', () => {
    expect(() => computeIndicator('nope', {}, Q3)).toThrow(/no indicator "nope"/);
    expect(() => computeIndicator('core-size', {}, '2025-Q9')).toThrow(/quarters 1 to 4/);
  });
});
