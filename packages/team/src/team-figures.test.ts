import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Member } from './member.js';
import { computeTeamFigures } from './team-figures.js';
import { heechterp, leeuwardenDistricts, makeMember, membersArbitrary } from './test-fixtures.js';

const asOf = '2024-06-01';
const options = { asOf, districts: leeuwardenDistricts };

/**
 * The worked example: six in the core (one short of 24 hours is the lead, one a social worker),
 * two in the ring, one who has left and one who has not started yet. The team serves two
 * Leeuwarden districts with 14,000 inhabitants and 7,115 households.
 */
function workedExample(): Member[] {
  return [
    makeMember('community-worker', { contractedHoursPerWeek: 36, hoursInWijkPerWeek: 32 }),
    makeMember('social-worker', { contractedHoursPerWeek: 32, hoursInWijkPerWeek: 28 }),
    makeMember('social-worker', { contractedHoursPerWeek: 28, hoursInWijkPerWeek: 20 }),
    makeMember('district-nurse', { contractedHoursPerWeek: 36, hoursInWijkPerWeek: 24 }),
    makeMember('pedagogue', { contractedHoursPerWeek: 24, hoursInWijkPerWeek: 24 }),
    makeMember('team-lead', { contractedHoursPerWeek: 18, hoursInWijkPerWeek: 12 }),
    makeMember('debt-counsellor', { ring: 'ring', hoursInWijkPerWeek: 8 }),
    makeMember('wmo-consultant', { ring: 'ring', hoursInWijkPerWeek: 4 }),
    makeMember('care-worker', { endDate: '2024-01-01' }),
    makeMember('youth-worker', { startDate: '2024-09-01' }),
  ];
}

describe('computeTeamFigures', () => {
  it('computes the worked example', () => {
    const figures = computeTeamFigures(heechterp, workedExample(), options);
    expect(figures).toEqual({
      asOf,
      memberCount: 8,
      coreSize: 6,
      ringSize: 2,
      membersPerDomain: { 'community-development': 1, 'individual-support': 3, care: 1 },
      // 246 contracted hours / 36; the core alone 174 / 36
      fte: 6.83,
      coreFte: 4.83,
      hoursInWijk: {
        total: 152,
        coreTotal: 140,
        meanPerCoreMember: 23.3,
        coreMembersAtLeast24: 4,
        shareOfCoreAtLeast24: 4 / 6,
      },
      inhabitants: 14_000,
      households: 7_115,
      // 6.833 fte / 14,000 × 10,000 and / 7,115 × 1,000
      ftePer10000Inhabitants: 4.88,
      ftePer1000Households: 0.96,
      disciplineMix: [
        { discipline: 'social-worker', count: 2, share: 0.25 },
        { discipline: 'community-worker', count: 1, share: 0.125 },
        { discipline: 'pedagogue', count: 1, share: 0.125 },
        { discipline: 'district-nurse', count: 1, share: 0.125 },
        { discipline: 'debt-counsellor', count: 1, share: 0.125 },
        { discipline: 'wmo-consultant', count: 1, share: 0.125 },
        { discipline: 'team-lead', count: 1, share: 0.125 },
      ],
      teamAgeYears: 39 / 12,
      isSettlingIn: true,
    });
  });

  it('rounds hours in the wijk to one decimal', () => {
    const members = [
      makeMember('social-worker', { hoursInWijkPerWeek: 24.25 }),
      makeMember('district-nurse', { hoursInWijkPerWeek: 30.1 }),
      makeMember('community-worker', { hoursInWijkPerWeek: 27.2 }),
    ];
    const { hoursInWijk } = computeTeamFigures(heechterp, members, options);
    expect(hoursInWijk.total).toBe(81.6);
    expect(hoursInWijk.meanPerCoreMember).toBe(27.2);
  });

  it('gives no mean or share for an empty core instead of dividing by zero', () => {
    const figures = computeTeamFigures(
      heechterp,
      [
        makeMember('wmo-consultant', {
          ring: 'ring',
          contractedHoursPerWeek: 18,
          hoursInWijkPerWeek: 6,
        }),
      ],
      options,
    );
    expect(figures.coreSize).toBe(0);
    expect(figures.hoursInWijk.meanPerCoreMember).toBeNull();
    expect(figures.hoursInWijk.shareOfCoreAtLeast24).toBeNull();
    expect(figures.fte).toBe(0.5);
    expect(figures.disciplineMix).toEqual([{ discipline: 'wmo-consultant', count: 1, share: 1 }]);
  });

  it('gives no per-inhabitant figures when the served districts have no inhabitants', () => {
    const districts = [
      { code: 'WK008050', inhabitants: 0, households: 0 },
      { code: 'WK008051', inhabitants: 0, households: 0 },
    ];
    const figures = computeTeamFigures(heechterp, [makeMember('social-worker')], {
      asOf,
      districts,
    });
    expect(figures.ftePer10000Inhabitants).toBeNull();
    expect(figures.ftePer1000Households).toBeNull();
  });

  it('refuses figures when a served district has no population', () => {
    expect(() =>
      computeTeamFigures(heechterp, [], { asOf, districts: leeuwardenDistricts.slice(1) }),
    ).toThrowError(
      expect.objectContaining({
        code: 'missing-district-population',
        message: 'Team team-heechterp serves districts without population figures: WK008050.',
      }),
    );
  });

  it('refuses district populations that are not counts', () => {
    const districts = [
      { code: 'WK008050', inhabitants: -3, households: 2210.5 },
      { code: 'WK008051', inhabitants: 10370, households: 4905 },
    ];
    expect(() => computeTeamFigures(heechterp, [], { asOf, districts })).toThrowError(
      expect.objectContaining({
        code: 'invalid-district-population',
        problems: [
          '[0].inhabitants: The number of inhabitants cannot be negative.',
          '[0].households: The number of households must be a whole number.',
        ],
      }),
    );
  });

  it('reports no team age before the team starts', () => {
    const figures = computeTeamFigures(heechterp, [], { ...options, asOf: '2020-01-01' });
    expect(figures.teamAgeYears).toBeNull();
    expect(figures.isSettlingIn).toBe(false);
  });

  describe('invariants', () => {
    it('keeps the share at 24 hours in [0, 1] and equal to count / core size', () => {
      fc.assert(
        fc.property(membersArbitrary, (members) => {
          const { coreSize, hoursInWijk } = computeTeamFigures(heechterp, members, options);
          const share = hoursInWijk.shareOfCoreAtLeast24;
          if (coreSize === 0) {
            expect(share).toBeNull();
            return;
          }
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
          expect(share).toBe(hoursInWijk.coreMembersAtLeast24 / coreSize);
        }),
      );
    });

    it('scales fte linearly with contracted hours', () => {
      fc.assert(
        fc.property(membersArbitrary, fc.integer({ min: 2, max: 5 }), (members, factor) => {
          // Hours scaled down keep every member under the 60-hour cap.
          const base = members.map((member) => ({
            ...member,
            contractedHoursPerWeek: member.contractedHoursPerWeek / 5,
            hoursInWijkPerWeek: 0,
          }));
          const scaled = base.map((member) => ({
            ...member,
            contractedHoursPerWeek: member.contractedHoursPerWeek * factor,
          }));
          const one = computeTeamFigures(heechterp, base, options);
          const many = computeTeamFigures(heechterp, scaled, options);
          // Both are rounded to two decimals, so allow for the rounding of each.
          expect(Math.abs(many.fte - one.fte * factor)).toBeLessThanOrEqual(
            0.005 * (factor + 1) + 1e-9,
          );
          const exact =
            base.reduce((total, member) => total + member.contractedHoursPerWeek, 0) / 36;
          expect(Math.abs(one.fte - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
        }),
      );
    });

    it('counts every current member once in the discipline mix, shares summing to 1', () => {
      fc.assert(
        fc.property(membersArbitrary, (members) => {
          const { disciplineMix, memberCount } = computeTeamFigures(heechterp, members, options);
          const counted = disciplineMix.reduce((total, entry) => total + entry.count, 0);
          expect(counted).toBe(memberCount);
          if (memberCount > 0) {
            const shares = disciplineMix.reduce((total, entry) => total + entry.share, 0);
            expect(shares).toBeCloseTo(1, 10);
          }
        }),
      );
    });

    it('gives the same figures whatever the order of the members', () => {
      fc.assert(
        fc.property(
          membersArbitrary.chain((members) =>
            fc.tuple(
              fc.constant(members),
              fc.shuffledSubarray(members, { minLength: members.length }),
            ),
          ),
          ([members, shuffled]) => {
            expect(computeTeamFigures(heechterp, shuffled, options)).toEqual(
              computeTeamFigures(heechterp, members, options),
            );
          },
        ),
      );
    });
  });
});
