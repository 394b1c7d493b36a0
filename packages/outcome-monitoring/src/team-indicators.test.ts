import { describe, expect, it } from 'vitest';
import { computeIndicator } from './compute-indicator.js';
import type { MonitoringRecordsInput } from './monitoring-records.js';

// The composition indicators (core size, team age, the basic model, hours and FTE) as
// computeIndicator works them out from teams and their members on the period's last day.
const Q3 = '2025-Q3';

describe('team indicators', () => {
  type Discipline = 'community-worker' | 'social-worker' | 'district-nurse' | 'debt-counsellor';
  const core = (
    domain: 'community-development' | 'individual-support' | 'care' | null,
    hoursInWijk: number,
    contracted = 36,
  ) => ({
    discipline: (domain === null ? 'debt-counsellor' : 'social-worker') as Discipline,
    ring: 'core' as const,
    generalistDomain: domain,
    contractedHoursPerWeek: contracted,
    hoursInWijkPerWeek: hoursInWijk,
  });
  const ring = (discipline: Discipline | 'team-lead') => ({
    discipline,
    ring: 'ring' as const,
    contractedHoursPerWeek: 36,
    hoursInWijkPerWeek: 4,
  });
  const records: MonitoringRecordsInput = {
    teams: [
      {
        id: 'basic',
        startedOn: '2021-09-30',
        members: [
          core('community-development', 24),
          core('individual-support', 30),
          core('care', 28),
          core(null, 26),
          // left before the last day of the period: counts nowhere
          { ...core('care', 40), startedOn: '2022-01-01', endedOn: '2025-08-01' },
          ring('team-lead'),
          ring('debt-counsellor'),
          ring('district-nurse'),
        ],
      },
      {
        id: 'large',
        startedOn: '2023-09-30',
        members: Array.from({ length: 10 }, () => core('care', 20, 32.4)),
      },
      {
        id: 'ended',
        startedOn: '2020-01-01',
        endedOn: '2025-09-30',
        members: [ring('team-lead')],
      },
      { id: 'future', startedOn: '2025-10-01', members: [ring('team-lead')] },
    ],
    area: { inhabitants: 40_000 },
  };

  it('counts only teams and members active on the last day', () => {
    expect(computeIndicator('core-size', records, Q3)).toMatchObject({ value: 7, n: 2 });
  });

  it('counts team age in completed months / 12, not days / 365.25', () => {
    // 48 and 24 completed months: 4 and 2 years; by days it would be 4 and 731 / 365.25
    expect(computeIndicator('team-age-years', records, Q3).value).toBe(3);
  });

  it('checks the basic model team by team', () => {
    expect(computeIndicator('teams-covering-three-domains', records, Q3).value).toBe(0.5);
    expect(computeIndicator('teams-core-at-most-8', records, Q3).value).toBe(0.5);
    expect(computeIndicator('teams-core-24-hours', records, Q3).value).toBe(0.5);
    expect(computeIndicator('teams-with-lead', records, Q3).value).toBe(0.5);
    expect(computeIndicator('teams-meeting-basic-model', records, Q3).value).toBe(0.5);
  });

  it('weighs hours per core member, not per team', () => {
    // (24 + 30 + 28 + 26 + 10 × 20) / 14 = 22
    expect(computeIndicator('hours-in-wijk-per-core-member', records, Q3)).toMatchObject({
      value: 22,
      n: 14,
    });
    expect(computeIndicator('core-members-at-least-24-hours', records, Q3)).toMatchObject({
      numerator: 4,
      denominator: 14,
    });
  });

  it('counts FTE from contracted hours of core and ring, 36 hours to the FTE', () => {
    // (7 × 36 + 10 × 32.4) / 36 = 16 fte on 40,000 inhabitants: 4 per 10,000; by hours in the
    // wijk (or in the team) it would be far lower
    expect(computeIndicator('fte-per-10000-inhabitants', records, Q3).value).toBeCloseTo(4, 12);
  });
});
