import { describe, expect, it } from 'vitest';
import { type MunicipalityProfileInput, sizeClassOf } from './municipality-profile.js';
import { findPeerGroup } from './peer-groups.js';
import { findSimilarMunicipalities } from './similar-municipalities.js';

// CBS figures on 1 January 2024 (Bron: CBS, CC BY 4.0)
const MUNICIPALITIES = [
  {
    code: 'GM0014',
    name: 'Groningen',
    province: 'Groningen',
    inhabitants: 243768,
    households: 145764,
    urbanity: 1,
  },
  {
    code: 'GM0080',
    name: 'Leeuwarden',
    province: 'Fryslân',
    inhabitants: 128810,
    households: 66821,
    urbanity: 2,
  },
  {
    code: 'GM0088',
    name: 'Schiermonnikoog',
    province: 'Fryslân',
    inhabitants: 972,
    households: 565,
    urbanity: 5,
  },
  {
    code: 'GM0096',
    name: 'Vlieland',
    province: 'Fryslân',
    inhabitants: 1255,
    households: 756,
    urbanity: 5,
  },
  {
    code: 'GM0153',
    name: 'Enschede',
    province: 'Overijssel',
    inhabitants: 161738,
    households: 81878,
    urbanity: 2,
  },
  {
    code: 'GM0193',
    name: 'Zwolle',
    province: 'Overijssel',
    inhabitants: 133141,
    households: 62948,
    urbanity: 2,
  },
  {
    code: 'GM0344',
    name: 'Utrecht',
    province: 'Utrecht',
    inhabitants: 374238,
    households: 193267,
    urbanity: 1,
  },
  {
    code: 'GM0363',
    name: 'Amsterdam',
    province: 'Noord-Holland',
    inhabitants: 931298,
    households: 515181,
    urbanity: 1,
  },
  {
    code: 'GM0758',
    name: 'Breda',
    province: 'Noord-Brabant',
    inhabitants: 188078,
    households: 91991,
    urbanity: 2,
  },
  {
    code: 'GM0855',
    name: 'Tilburg',
    province: 'Noord-Brabant',
    inhabitants: 229836,
    households: 115829,
    urbanity: 1,
  },
];

const LEEUWARDEN: MunicipalityProfileInput = {
  code: 'GM0080',
  name: 'Leeuwarden',
  province: 'Fryslân',
  inhabitants: 128810,
  households: 66821,
  urbanity: 2,
};

describe('sizeClassOf', () => {
  it('follows the CBS boundaries, lower bound included', () => {
    expect(sizeClassOf(972)).toBe('under-5000');
    expect(sizeClassOf(4999)).toBe('under-5000');
    expect(sizeClassOf(5000)).toBe('5000-10000');
    expect(sizeClassOf(19_999)).toBe('10000-20000');
    expect(sizeClassOf(50_000)).toBe('50000-100000');
    expect(sizeClassOf(128_810)).toBe('100000-150000');
    expect(sizeClassOf(243_768)).toBe('150000-250000');
    expect(sizeClassOf(250_000)).toBe('250000-or-more');
  });
});

describe('findPeerGroup', () => {
  it('groups by size class, province and urbanity without the municipality itself', () => {
    const codes = (kind: 'size-class' | 'province' | 'urbanity') =>
      findPeerGroup('GM0080', MUNICIPALITIES, kind).map((m) => m.code);
    expect(codes('size-class')).toEqual(['GM0193']);
    expect(codes('province')).toEqual(['GM0088', 'GM0096']);
    expect(codes('urbanity')).toEqual(['GM0153', 'GM0193', 'GM0758']);
  });

  it('refuses a municipality that is not in the list or listed twice', () => {
    expect(() => findPeerGroup('GM9999', MUNICIPALITIES, 'province')).toThrow(
      /GM9999 is not among/,
    );
    expect(() => findPeerGroup('GM0080', [...MUNICIPALITIES, LEEUWARDEN], 'province')).toThrow(
      /appears twice/,
    );
    expect(() => findPeerGroup('GM0080', [{ ...LEEUWARDEN, urbanity: 7 }], 'province')).toThrow(
      /Urbanity runs from 1 to 5/,
    );
  });
});

describe('findSimilarMunicipalities', () => {
  it('finds the nearest municipalities with distance and a reason a user can read', () => {
    const similar = findSimilarMunicipalities('GM0080', MUNICIPALITIES, { k: 3 });
    // Enschede: same urbanity, a similar size and household size
    expect(similar.map((m) => m.code)).toEqual(['GM0153', 'GM0758', 'GM0855']);
    const enschede = similar[0];
    expect(enschede?.distance).toBeGreaterThan(0);
    expect(enschede?.closestOn).toEqual(['urbanity', 'inhabitants']);
    expect(enschede?.reason.nl).toBe(
      'Lijkt op Leeuwarden in stedelijkheid 2 (Leeuwarden 2) en inwonertal 161.738 (Leeuwarden 128.810).',
    );
    expect(enschede?.reason.en).toBe(
      'Similar to Leeuwarden in urbanity 2 (Leeuwarden 2) and number of inhabitants 161,738 (Leeuwarden 128,810).',
    );
    for (let i = 1; i < similar.length; i += 1) {
      expect(similar[i]?.distance).toBeGreaterThanOrEqual(similar[i - 1]?.distance as number);
    }
  });

  it('uses optional characteristics only when every municipality has them', () => {
    // Enschede's teams are new, everyone else's settled: Breda moves up to first place
    const withAges = MUNICIPALITIES.map((m) => ({
      ...m,
      teamAgeYears: m.code === 'GM0153' ? 1 : 6,
    }));
    const nearest = findSimilarMunicipalities('GM0080', withAges, { k: 1 })[0];
    expect(nearest?.code).toBe('GM0758');
    expect(nearest?.closestOn).toContain('team-age');
    const oneMissing = withAges.map((m) =>
      m.code === 'GM0014' ? { ...m, teamAgeYears: null } : m,
    );
    expect(findSimilarMunicipalities('GM0080', oneMissing, { k: 1 })[0]?.code).toBe('GM0153');
  });

  it('keeps the result independent of the order of the list', () => {
    const forward = findSimilarMunicipalities('GM0080', MUNICIPALITIES, { k: 5 });
    const backward = findSimilarMunicipalities('GM0080', [...MUNICIPALITIES].reverse(), { k: 5 });
    expect(backward.map((m) => m.code)).toEqual(forward.map((m) => m.code));
    expect(() => findSimilarMunicipalities('GM0080', MUNICIPALITIES, { k: 0 })).toThrow(
      /at least one/,
    );
  });
});
