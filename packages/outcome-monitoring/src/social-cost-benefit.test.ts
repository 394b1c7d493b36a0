import { describe, expect, it } from 'vitest';
import { socialCostBenefit } from './social-cost-benefit.js';

const EURO = 100;

describe('socialCostBenefit', () => {
  it('reproduces the Frontlijnteam: 1.60 back per euro, about 2 million net over four years', () => {
    const result = socialCostBenefit({
      prevented: { escalation: 150, eviction: 46, supervisionOrder: 23 },
      unitCostsCents: {
        escalation: 25_000 * EURO,
        eviction: 15_000 * EURO,
        supervisionOrder: 40_000 * EURO,
      },
      teamCostCents: 3_350_000 * EURO,
    });
    expect(result.benefitsCents).toBe(5_360_000 * EURO);
    expect(result.costsCents).toBe(3_350_000 * EURO);
    expect(result.netBalanceCents).toBe(2_010_000 * EURO);
    expect(result.returnPerEuro).toBeCloseTo(1.6, 10);
    expect(result.benefitLines.map((line) => [line.harm, line.totalCents])).toEqual([
      ['escalation', 3_750_000 * EURO],
      ['eviction', 690_000 * EURO],
      ['supervisionOrder', 920_000 * EURO],
    ]);
  });

  it('reports a negative balance when the team costs more than it prevents', () => {
    const result = socialCostBenefit({
      prevented: { escalation: 1, eviction: 0, supervisionOrder: 0 },
      unitCostsCents: { escalation: 10_000 * EURO, eviction: 0, supervisionOrder: 0 },
      otherBenefitsCents: 5_000 * EURO,
      teamCostCents: 30_000 * EURO,
    });
    expect(result.netBalanceCents).toBe(-15_000 * EURO);
    expect(result.returnPerEuro).toBe(0.5);
  });

  it('refuses amounts that are not whole cents and a team that cost nothing', () => {
    const base = {
      prevented: { escalation: 1, eviction: 1, supervisionOrder: 1 },
      unitCostsCents: { escalation: 100, eviction: 100, supervisionOrder: 100 },
      teamCostCents: 100,
    };
    expect(() => socialCostBenefit({ ...base, teamCostCents: 0 })).toThrow(/more than zero/);
    expect(() =>
      socialCostBenefit({ ...base, unitCostsCents: { ...base.unitCostsCents, eviction: 12.5 } }),
    ).toThrow(/whole euro cents/);
    expect(() =>
      socialCostBenefit({ ...base, prevented: { ...base.prevented, escalation: -1 } }),
    ).toThrow(/not negative/);
  });
});
