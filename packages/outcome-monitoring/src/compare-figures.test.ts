import { describe, expect, it } from 'vitest';
import type { BenchmarkAccess } from './benchmark-access.js';
import { compareFigures } from './compare-figures.js';
import { periodsOfRange, periodsToRead, periodsWithPrevious } from './compare-periods.js';
import { getIndicator } from './indicator-registry.js';
import type { ComparisonFigure, GroupPublisher, MunicipalityRollup } from './rollup-figures.js';
import { planWithheldFigures } from './withheld-figures.js';

const PREVENTED = getIndicator('evictions-prevented-per-1000-households');
const CODES = ['GM0014', 'GM0034', 'GM0080', 'GM0344', 'GM0363', 'GM0518', 'GM0599'];

/** A small deterministic generator (LCG), so every run checks the same many cases. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % below;
  };
}

function randomRollups(seed: number): MunicipalityRollup[] {
  const next = generator(seed);
  return CODES.flatMap((municipalityId) => {
    const isPublished = next(5) !== 0;
    const quarters = [1, 2, 3, 4].map(() => next(30));
    const cells = [
      ...quarters.map((n, index) => ({ period: `2025-Q${index + 1}`, n })),
      { period: '2025', n: quarters.reduce((sum, n) => sum + n, 0) },
    ];
    return cells.map(({ period, n }) => ({
      municipalityId,
      period,
      indicatorCode: PREVENTED.code,
      indicatorGroup: PREVENTED.group,
      numerator: n,
      denominator: 1000,
      n,
      scale: 1000,
      isPublished,
    }));
  });
}

/**
 * The figures as the database hands them to this viewer: suppression planned per municipality by
 * the write path's own planner, other municipalities' withheld values and counts left out.
 */
function storedFigures(access: BenchmarkAccess, rollups: MunicipalityRollup[]): ComparisonFigure[] {
  return CODES.flatMap((code) => {
    const own = rollups.filter((rollup) => rollup.municipalityId === code);
    const withheld = planWithheldFigures(own, 10);
    const isOwn = code === access.ownMunicipalityId;
    return own
      .filter((rollup) => isOwn || rollup.isPublished)
      .map((rollup) => {
        const suppressionReason = withheld.get(`${rollup.indicatorCode}|${rollup.period}`) ?? null;
        const isShown = isOwn || suppressionReason === null;
        return {
          municipalityId: code,
          municipalityName: code,
          period: rollup.period,
          indicatorCode: rollup.indicatorCode,
          indicatorGroup: rollup.indicatorGroup,
          value: isShown ? (rollup.numerator / rollup.denominator) * rollup.scale : null,
          n: isShown ? rollup.n : null,
          suppressionReason,
          isPublished: rollup.isPublished,
        };
      });
  });
}

/** Who publishes the group, as the publication settings say. */
function publishersOf(rollups: MunicipalityRollup[]): GroupPublisher[] {
  const published = rollups.filter((rollup) => rollup.isPublished);
  return [...new Set(published.map((rollup) => rollup.municipalityId))].map((municipalityId) => ({
    municipalityId,
    municipalityName: municipalityId,
    indicatorGroup: PREVENTED.group,
  }));
}

function figuresSeenBy(access: BenchmarkAccess, rollups: MunicipalityRollup[], periods: string[]) {
  const [comparison] = compareFigures({
    indicators: [PREVENTED],
    periods,
    namedMunicipalities: CODES,
    listedMunicipalities: [],
    figures: storedFigures(access, rollups),
    publishers: publishersOf(rollups),
    access,
    threshold: 10,
  });
  return new Map(
    (comparison?.periods ?? []).flatMap((period) =>
      period.figures.map(
        (figure) => [`${figure.municipalityCode} ${period.period}`, figure] as const,
      ),
    ),
  );
}

describe('compareFigures', () => {
  const institute: BenchmarkAccess = { ownMunicipalityId: null, seesOwnSmallNumbers: false };
  const quarters = periodsOfRange('quarter', '2025-Q1', '2025-Q4');

  it.each(Array.from({ length: 40 }, (_, seed) => seed + 1))(
    'seed %i: lets no small number out and leaves no withheld quarter derivable from the year',
    (seed) => {
      const rollups = randomRollups(seed);
      const seen = new Map([
        ...figuresSeenBy(institute, rollups, quarters),
        ...figuresSeenBy(institute, rollups, ['2025']),
      ]);
      for (const code of CODES) {
        const cells = ['2025', ...quarters].map((period) => seen.get(`${code} ${period}`));
        for (const cell of cells) {
          if (cell?.n !== null && cell?.n !== undefined) expect(cell.n).toBeGreaterThanOrEqual(10);
          expect(cell?.value === null).toBe(cell?.suppression !== null);
        }
        const [year, ...parts] = cells;
        const withheld = parts.filter((cell) => cell?.value === null);
        if (year?.value !== null && withheld.length > 0) {
          expect(withheld.length).toBeGreaterThanOrEqual(2);
          const shownSum = parts.reduce((sum, cell) => sum + (cell?.n ?? 0), 0);
          expect((year?.n ?? 0) - shownSum).toBeGreaterThanOrEqual(10);
        }
      }
    },
  );

  it('gives the same national distribution to every viewer', () => {
    const rollups = randomRollups(7);
    const nationalFor = (access: BenchmarkAccess) =>
      compareFigures({
        indicators: [PREVENTED],
        periods: quarters,
        namedMunicipalities: [],
        listedMunicipalities: [],
        figures: storedFigures(access, rollups),
        publishers: publishersOf(rollups),
        access,
        threshold: 10,
      })[0]?.periods.map((period) => period.national);
    expect(nationalFor({ ownMunicipalityId: 'GM0080', seesOwnSmallNumbers: true })).toEqual(
      nationalFor(institute),
    );
  });
});

describe('a municipality that publishes a group but has no figures', () => {
  it('comes back as NO_DATA and in the list of every municipality, not as NOT_PUBLISHED', () => {
    const [comparison] = compareFigures({
      indicators: [PREVENTED],
      periods: ['2025-Q1'],
      namedMunicipalities: ['GM0080', 'GM0014'],
      listedMunicipalities: [],
      figures: [],
      publishers: [
        {
          municipalityId: 'GM0080',
          municipalityName: 'Leeuwarden',
          indicatorGroup: PREVENTED.group,
        },
      ],
      access: { ownMunicipalityId: null, seesOwnSmallNumbers: false },
      threshold: 10,
    });
    const [period] = comparison?.periods ?? [];
    expect(
      period?.figures.map((figure) => [figure.municipalityCode, figure.suppression?.reason]),
    ).toEqual([
      ['GM0080', 'NO_DATA'],
      ['GM0014', 'NOT_PUBLISHED'],
    ]);
    expect(period?.allMunicipalities).toEqual([
      {
        municipalityCode: 'GM0080',
        municipalityName: 'Leeuwarden',
        value: null,
        n: null,
        suppression: { reason: 'NO_DATA', threshold: null },
      },
    ]);
  });
});

describe('periods of a comparison', () => {
  it('reads the range and the period before each, for the change', () => {
    expect(periodsWithPrevious(['2025-Q1', '2025-Q2'])).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
    expect(periodsWithPrevious(['2024', '2025'])).toEqual(['2023', '2024', '2025']);
  });

  it('reads whole years and the period before, so suppression does not depend on the range asked', () => {
    expect(periodsToRead(['2025-Q1'])).toEqual([
      '2024',
      '2024-Q1',
      '2024-Q2',
      '2024-Q3',
      '2024-Q4',
      '2025',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
    ]);
  });

  it('refuses a range whose ends are not of the granularity asked', () => {
    expect(() => periodsOfRange('quarter', '2024', '2025-Q4')).toThrow(/is not a quarter/);
    expect(() => periodsOfRange('quarter', '2010-Q1', '2025-Q4')).toThrow(/at most 40/);
  });
});
