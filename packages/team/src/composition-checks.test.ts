import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompositionCheckResult, checkComposition } from './composition-checks.js';
import type { Member } from './member.js';
import { TeamError } from './team-error.js';
import { healthyCore, heechterp, makeMember, membersArbitrary } from './test-fixtures.js';

const asOf = '2024-06-01';

function resultOf(results: CompositionCheckResult[], check: string): CompositionCheckResult {
  const result = results.find((candidate) => candidate.check === check);
  if (result === undefined) throw new Error(`no result for ${check}`);
  return result;
}

describe('checkComposition', () => {
  it('reports the five checks in a fixed order', () => {
    const results = checkComposition(heechterp, healthyCore(), { asOf });
    expect(results.map((result) => result.check)).toEqual([
      'core-covers-generalist-domains',
      'core-size',
      'core-hours-in-wijk',
      'has-lead',
      'team-age',
    ]);
  });

  it('passes every check for a team built on the basic model', () => {
    const results = checkComposition(heechterp, healthyCore(), { asOf });
    expect(results.map((result) => result.verdict)).toEqual([
      'pass',
      'pass',
      'pass',
      'pass',
      'info',
    ]);
    expect(resultOf(results, 'core-covers-generalist-domains').reason).toBe(
      'The core covers all three generalist domains: community development (2), individual support (2) and care (1).',
    );
    expect(resultOf(results, 'core-size').reason).toBe(
      'The core has 6 members, within the ideal of 6–8.',
    );
    expect(resultOf(results, 'core-hours-in-wijk').reason).toBe(
      'All 6 core members work at least 24 hours a week in the team and the district.',
    );
    expect(resultOf(results, 'has-lead').reason).toBe('The team has a team lead or coordinator.');
  });

  describe('1: the core covers the three generalist domains', () => {
    it('fails a core without a care generalist and names care', () => {
      const core = healthyCore().filter((member) => member.discipline !== 'district-nurse');
      const result = resultOf(
        checkComposition(heechterp, core, { asOf }),
        'core-covers-generalist-domains',
      );
      expect(result.verdict).toBe('fail');
      expect(result.reason).toBe(
        'The core has no generalist for care; the basic model asks for a generalist in each of community development, individual support and care.',
      );
    });

    it('names every missing domain', () => {
      const core = [makeMember('social-worker'), makeMember('team-lead')];
      const result = resultOf(
        checkComposition(heechterp, core, { asOf }),
        'core-covers-generalist-domains',
      );
      expect(result.verdict).toBe('fail');
      expect(result.reason).toContain('no generalist for community development and care;');
    });

    it('does not count a generalist who sits in the ring', () => {
      const members = healthyCore().map((member) =>
        member.discipline === 'district-nurse' ? { ...member, ring: 'ring' as const } : member,
      );
      const result = resultOf(
        checkComposition(heechterp, members, { asOf }),
        'core-covers-generalist-domains',
      );
      expect(result.verdict).toBe('fail');
    });

    it('does not count additional disciplines as generalists', () => {
      const core = [
        makeMember('community-police-officer'),
        makeMember('debt-counsellor'),
        makeMember('social-psychiatric-nurse'),
      ];
      const result = resultOf(
        checkComposition(heechterp, core, { asOf }),
        'core-covers-generalist-domains',
      );
      expect(result.reason).toContain(
        'no generalist for community development, individual support and care;',
      );
    });
  });

  describe('2: the core has at most 8 members', () => {
    it('fails an 11-member core with the reason the basic model gives', () => {
      const core = [...healthyCore(), ...healthyCore().slice(0, 5)];
      const result = resultOf(checkComposition(heechterp, core, { asOf }), 'core-size');
      expect(result.verdict).toBe('fail');
      expect(result.reason).toBe(
        'The core has 11 members; the basic model asks for at most 8 (6–8 is ideal).',
      );
    });

    it('passes exactly 8 and fails 9', () => {
      const eight = [...healthyCore(), makeMember('social-worker'), makeMember('care-worker')];
      expect(resultOf(checkComposition(heechterp, eight, { asOf }), 'core-size').verdict).toBe(
        'pass',
      );
      const nine = [...eight, makeMember('youth-worker')];
      expect(resultOf(checkComposition(heechterp, nine, { asOf }), 'core-size').verdict).toBe(
        'fail',
      );
    });

    it('passes a small core but says it is below the ideal', () => {
      const core = healthyCore().slice(0, 4);
      const result = resultOf(checkComposition(heechterp, core, { asOf }), 'core-size');
      expect(result.verdict).toBe('pass');
      expect(result.reason).toBe(
        'The core has 4 members: within the maximum of 8, below the ideal of 6–8.',
      );
    });

    it('fails a team without a core', () => {
      const ring = [makeMember('debt-counsellor', { ring: 'ring' })];
      const result = resultOf(checkComposition(heechterp, ring, { asOf }), 'core-size');
      expect(result.verdict).toBe('fail');
      expect(result.reason).toBe(
        'The core has no members; the basic model asks for a core of 6–8 members, at most 8.',
      );
    });

    it('leaves ring members out of the core size', () => {
      const ring = Array.from({ length: 6 }, () => makeMember('debt-counsellor', { ring: 'ring' }));
      const result = resultOf(
        checkComposition(heechterp, [...healthyCore(), ...ring], { asOf }),
        'core-size',
      );
      expect(result.verdict).toBe('pass');
    });
  });

  describe('3: every core member works at least 24 hours in the wijk', () => {
    it('fails and names how many core members work fewer hours, fewest first', () => {
      const core = [
        ...healthyCore().slice(0, 4),
        makeMember('district-nurse', { id: 'nurse-1', hoursInWijkPerWeek: 20 }),
        makeMember('team-lead', { id: 'lead-1', hoursInWijkPerWeek: 12.5 }),
      ];
      const result = resultOf(checkComposition(heechterp, core, { asOf }), 'core-hours-in-wijk');
      expect(result.verdict).toBe('fail');
      expect(result.reason).toBe(
        '2 of 6 core members work fewer than 24 hours a week in the team and the district: Team lead or coordinator 12.5 h; District nurse 20 h.',
      );
    });

    it('passes a member at exactly 24 hours', () => {
      const core = [makeMember('social-worker', { hoursInWijkPerWeek: 24 })];
      const result = resultOf(checkComposition(heechterp, core, { asOf }), 'core-hours-in-wijk');
      expect(result.verdict).toBe('pass');
      expect(result.reason).toBe(
        'The only core member works at least 24 hours a week in the team and the district.',
      );
    });

    it('ignores ring members with few hours', () => {
      const members = [
        ...healthyCore(),
        makeMember('wmo-consultant', { ring: 'ring', hoursInWijkPerWeek: 4 }),
      ];
      const result = resultOf(checkComposition(heechterp, members, { asOf }), 'core-hours-in-wijk');
      expect(result.verdict).toBe('pass');
    });

    it('fails an empty core rather than passing it vacuously', () => {
      const result = resultOf(checkComposition(heechterp, [], { asOf }), 'core-hours-in-wijk');
      expect(result.verdict).toBe('fail');
      expect(result.reason).toContain('The core has no members');
    });
  });

  describe('4: the team has a lead or coordinator', () => {
    it('fails a team without a lead', () => {
      const members = healthyCore().filter((member) => member.discipline !== 'team-lead');
      const result = resultOf(checkComposition(heechterp, members, { asOf }), 'has-lead');
      expect(result.verdict).toBe('fail');
      expect(result.reason).toBe(
        'The team has no team lead or coordinator; the basic model puts the core under an experienced lead (teambegeleider).',
      );
    });

    it('accepts a lead in the ring', () => {
      const members = [
        ...healthyCore().filter((member) => member.discipline !== 'team-lead'),
        makeMember('team-lead', { ring: 'ring', hoursInWijkPerWeek: 8 }),
      ];
      expect(resultOf(checkComposition(heechterp, members, { asOf }), 'has-lead').verdict).toBe(
        'pass',
      );
    });

    it('does not count a lead who has left', () => {
      const members = [
        ...healthyCore().filter((member) => member.discipline !== 'team-lead'),
        makeMember('team-lead', { endDate: '2024-06-01' }),
      ];
      expect(resultOf(checkComposition(heechterp, members, { asOf }), 'has-lead').verdict).toBe(
        'fail',
      );
    });
  });

  describe('5: team age, reported as context', () => {
    it('says a team of 39 completed months (3.3 years) is still settling in', () => {
      const result = resultOf(checkComposition(heechterp, [], { asOf }), 'team-age');
      expect(result.verdict).toBe('info');
      expect(result.reason).toBe(
        'The team started on 1 March 2021 and is 3.3 years old on 1 June 2024; a team needs 2–4 years to settle in, so it is still settling in.',
      );
    });

    it('says a team of four years has had the time to settle in', () => {
      const result = resultOf(checkComposition(heechterp, [], { asOf: '2025-03-01' }), 'team-age');
      expect(result.reason).toContain('is 4 years old on 1 March 2025');
      expect(result.reason).toContain('so it has had the time to settle in.');
    });

    it('says a team that has not started has no age yet', () => {
      const result = resultOf(checkComposition(heechterp, [], { asOf: '2020-12-31' }), 'team-age');
      expect(result.reason).toBe(
        'The team starts on 1 March 2021, after the reference date 31 December 2020, so it has no age yet.',
      );
    });
  });

  it('gives the reasons in Dutch when asked', () => {
    const members: Member[] = [
      makeMember('social-worker', { id: 'mw-1', hoursInWijkPerWeek: 16.5 }),
      makeMember('community-worker'),
    ];
    const results = checkComposition(heechterp, members, { asOf, locale: 'nl' });
    expect(results.map((result) => result.reason)).toEqual([
      'Het basisteam mist een generalist voor: zorg. Het basismodel vraagt om een generalist in elk van de drie domeinen.',
      'Het basisteam heeft 2 leden: binnen het maximum van 8, onder het ideaal van 6 tot 8.',
      '1 van de 2 leden van het basisteam werkt minder dan 24 uur per week in het team en de wijk: Maatschappelijk werker 16,5 uur.',
      'Het team heeft geen teambegeleider of coördinator; het basismodel zet het basisteam onder leiding van een ervaren teambegeleider.',
      'Het team is gestart op 1 maart 2021 en is op 1 juni 2024 3,3 jaar oud; een team heeft 2 tot 4 jaar nodig om op elkaar ingespeeld te raken, dus het is nog bezig op elkaar ingespeeld te raken.',
    ]);
  });

  it('counts only members on the reference date', () => {
    const members = [
      ...healthyCore(),
      ...Array.from({ length: 3 }, () => makeMember('social-worker', { startDate: '2024-06-02' })),
      ...Array.from({ length: 3 }, () => makeMember('social-worker', { endDate: '2024-06-01' })),
    ];
    const result = resultOf(checkComposition(heechterp, members, { asOf }), 'core-size');
    expect(result.reason).toBe('The core has 6 members, within the ideal of 6–8.');
  });

  it('refuses a member of another team', () => {
    const stranger = makeMember('social-worker', { id: 'm-x', teamId: 'team-elsewhere' });
    expect(() => checkComposition(heechterp, [stranger], { asOf })).toThrowError(
      expect.objectContaining({
        code: 'member-of-another-team',
        message: 'Member m-x belongs to team team-elsewhere, not to team team-heechterp.',
      }),
    );
  });

  it('refuses a reference date that is not a calendar date', () => {
    expect(() => checkComposition(heechterp, [], { asOf: '2024-13-01' })).toThrow(TeamError);
    expect(() => checkComposition(heechterp, [], { asOf: '1 juni 2024' })).toThrowError(
      /"1 juni 2024" is not a date: write it as YYYY-MM-DD/,
    );
  });

  it('gives the same verdicts and reasons whatever the order of the members', () => {
    fc.assert(
      fc.property(
        membersArbitrary.chain((members) =>
          fc.tuple(
            fc.constant(members),
            fc.shuffledSubarray(members, { minLength: members.length }),
          ),
        ),
        ([members, shuffled]) => {
          expect(checkComposition(heechterp, shuffled, { asOf })).toEqual(
            checkComposition(heechterp, members, { asOf }),
          );
        },
      ),
    );
  });

  it('judges the size check on the core count alone', () => {
    fc.assert(
      fc.property(membersArbitrary, (members) => {
        const coreSize = members.filter((member) => member.ring === 'core').length;
        const verdict = resultOf(
          checkComposition(heechterp, members, { asOf }),
          'core-size',
        ).verdict;
        expect(verdict).toBe(coreSize >= 1 && coreSize <= 8 ? 'pass' : 'fail');
      }),
    );
  });
});
