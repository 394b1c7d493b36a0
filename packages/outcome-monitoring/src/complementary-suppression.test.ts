import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AdditiveRelation,
  planSuppression,
  suppressRelatedFigures,
} from './complementary-suppression.js';
import { findDeterminedUnknowns } from './linear-determinacy.js';

/** What an outsider can work out by subtraction: repeatedly solve relations with one unknown. */
function derivableBySubtraction(
  relations: readonly AdditiveRelation[],
  hidden: ReadonlySet<string>,
) {
  const unknown = new Set(hidden);
  const derived = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const { total, parts } of relations) {
      const missing = [total, ...parts].filter((cell) => unknown.has(cell));
      if (missing.length === 1) {
        const cell = missing[0] as string;
        unknown.delete(cell);
        derived.add(cell);
        changed = true;
      }
    }
  }
  return derived;
}

function checkInvariants(
  counts: Record<string, number>,
  relations: AdditiveRelation[],
  threshold: number,
) {
  const hidden = planSuppression({ counts, relations, threshold });
  for (const [cell, count] of Object.entries(counts)) {
    if (count < threshold) expect(hidden.get(cell), cell).toBe('SMALL_NUMBER');
  }
  expect([...derivableBySubtraction(relations, new Set(hidden.keys()))]).toEqual([]);
  for (const { total, parts } of relations) {
    const hiddenParts = parts.filter((part) => hidden.has(part));
    if (!hidden.has(total) && hiddenParts.length > 0) {
      expect(hiddenParts.length).toBeGreaterThanOrEqual(2);
      expect(
        hiddenParts.reduce((sum, part) => sum + (counts[part] as number), 0),
      ).toBeGreaterThanOrEqual(threshold);
    }
  }
  return hidden;
}

describe('planSuppression', () => {
  it('withholds a second district so the small one cannot be found by subtraction', () => {
    const counts = { GM0080: 120, WK008001: 4, WK008002: 60, WK008003: 56 };
    const hidden = planSuppression({
      counts,
      relations: [{ total: 'GM0080', parts: ['WK008001', 'WK008002', 'WK008003'] }],
    });
    expect(Object.fromEntries(hidden)).toEqual({
      WK008001: 'SMALL_NUMBER',
      WK008003: 'DERIVABLE',
    });
  });

  it('withholds a third part when two withheld parts together stay below the threshold', () => {
    const counts = { total: 100, a: 3, b: 4, c: 20, d: 73 };
    const hidden = planSuppression({
      counts,
      relations: [{ total: 'total', parts: ['a', 'b', 'c', 'd'] }],
    });
    expect([...hidden.keys()].sort()).toEqual(['a', 'b', 'c']);
  });

  it('treats zero as a small number and withholds its neighbour instead', () => {
    const hidden = planSuppression({
      counts: { year: 12, q1: 12, q2: 0 },
      relations: [{ total: 'year', parts: ['q1', 'q2'] }],
    });
    expect(Object.fromEntries(hidden)).toEqual({ q2: 'SMALL_NUMBER', q1: 'DERIVABLE' });
  });

  it('withholds a team when its district was withheld to protect another district', () => {
    const counts = { M: 205, D1: 5, T1: 5, D2: 100, T2a: 40, T2b: 60, D3: 100, T3a: 50, T3b: 50 };
    const hidden = checkInvariants(
      counts,
      [
        { total: 'M', parts: ['D1', 'D2', 'D3'] },
        { total: 'D1', parts: ['T1'] },
        { total: 'D2', parts: ['T2a', 'T2b'] },
        { total: 'D3', parts: ['T3a', 'T3b'] },
      ],
      10,
    );
    expect(Object.fromEntries(hidden)).toEqual({
      D1: 'SMALL_NUMBER',
      T1: 'SMALL_NUMBER',
      D2: 'DERIVABLE',
      T2a: 'DERIVABLE',
    });
  });

  it('protects a cell that only combining several relations would reveal', () => {
    // a 4 × 4 table with row and column totals: two blocks of small cells joined by one cell;
    // every row and column has two or more withheld cells, yet summing rows 1–2 and
    // subtracting columns 1–2 reveals the joining cell (r2, c3) unless more is withheld
    const cells: Record<string, number> = {};
    const small: Record<string, number> = {
      r1c1: 6,
      r1c2: 7,
      r2c1: 8,
      r2c2: 9,
      r2c3: 5,
      r3c3: 6,
      r3c4: 7,
      r4c3: 8,
      r4c4: 9,
    };
    const rows = ['r1', 'r2', 'r3', 'r4'];
    const columns = ['c1', 'c2', 'c3', 'c4'];
    for (const r of rows) for (const c of columns) cells[`${r}${c}`] = small[`${r}${c}`] ?? 50;
    const relations: AdditiveRelation[] = [];
    for (const r of rows) {
      cells[r] = columns.reduce((sum, c) => sum + (cells[`${r}${c}`] as number), 0);
      relations.push({ total: r, parts: columns.map((c) => `${r}${c}`) });
    }
    for (const c of columns) {
      cells[c] = rows.reduce((sum, r) => sum + (cells[`${r}${c}`] as number), 0);
      relations.push({ total: c, parts: rows.map((r) => `${r}${c}`) });
    }
    const hidden = checkInvariants(cells, relations, 10);
    expect([...hidden.values()].filter((reason) => reason === 'DERIVABLE').length).toBeGreaterThan(
      0,
    );
    const unknowns = [...hidden.keys()];
    const matrix = relations.map(({ total, parts }) =>
      unknowns.map((cell) => (cell === total ? 1 : parts.includes(cell) ? -1 : 0)),
    );
    expect(findDeterminedUnknowns(matrix, unknowns.length).size).toBe(0);
  });

  it('refuses relations naming cells without a count', () => {
    expect(() =>
      planSuppression({ counts: { a: 20 }, relations: [{ total: 'a', parts: ['b'] }] }),
    ).toThrow(/names b/);
    expect(() =>
      planSuppression({ counts: { a: 20 }, relations: [{ total: 'a', parts: ['a'] }] }),
    ).toThrow(/own parts/);
  });

  it('keeps its invariants on random municipality → district → team hierarchies', () => {
    const hierarchy = fc.array(
      fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 3 }),
      {
        minLength: 1,
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(hierarchy, fc.integer({ min: 1, max: 25 }), (districts, threshold) => {
        const counts: Record<string, number> = {};
        const relations: AdditiveRelation[] = [];
        districts.forEach((teams, d) => {
          teams.forEach((count, t) => {
            counts[`T${d}.${t}`] = count;
          });
          counts[`D${d}`] = teams.reduce((sum, count) => sum + count, 0);
          relations.push({ total: `D${d}`, parts: teams.map((_, t) => `T${d}.${t}`) });
        });
        counts.M = districts.flat().reduce((sum, count) => sum + count, 0);
        relations.push({ total: 'M', parts: districts.map((_, d) => `D${d}`) });
        checkInvariants(counts, relations, threshold);
      }),
    );
  });

  it('keeps its invariants on random district × quarter tables with margins', () => {
    const table = fc.array(
      fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 4, maxLength: 4 }),
      {
        minLength: 1,
        maxLength: 5,
      },
    );
    fc.assert(
      fc.property(table, (rows) => {
        const counts: Record<string, number> = {};
        const relations: AdditiveRelation[] = [];
        const quarters = [0, 1, 2, 3];
        rows.forEach((row, d) => {
          row.forEach((count, q) => {
            counts[`D${d}Q${q}`] = count;
          });
          counts[`D${d}`] = row.reduce((sum, count) => sum + count, 0);
          relations.push({ total: `D${d}`, parts: quarters.map((q) => `D${d}Q${q}`) });
        });
        for (const q of quarters) {
          counts[`Q${q}`] = rows.reduce((sum, row) => sum + (row[q] as number), 0);
          relations.push({ total: `Q${q}`, parts: rows.map((_, d) => `D${d}Q${q}`) });
        }
        counts.year = rows.flat().reduce((sum, count) => sum + count, 0);
        relations.push({ total: 'year', parts: rows.map((_, d) => `D${d}`) });
        relations.push({ total: 'year', parts: quarters.map((q) => `Q${q}`) });
        const hidden = checkInvariants(counts, relations, 10);
        const unknowns = [...hidden.keys()];
        const matrix = relations.map(({ total, parts }) =>
          unknowns.map((cell) => (cell === total ? 1 : parts.includes(cell) ? -1 : 0)),
        );
        expect(findDeterminedUnknowns(matrix, unknowns.length).size).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('findDeterminedUnknowns', () => {
  it('finds an unknown fixed by one equation and leaves a pair free', () => {
    // x0 = known; x1 + x2 = known
    expect([
      ...findDeterminedUnknowns(
        [
          [1, 0, 0],
          [0, 1, 1],
        ],
        3,
      ),
    ]).toEqual([0]);
    // x0 + x1 = k1, x0 − x1 = k2 fixes both
    expect(
      [
        ...findDeterminedUnknowns(
          [
            [1, 1],
            [1, -1],
          ],
          2,
        ),
      ].sort(),
    ).toEqual([0, 1]);
    expect(findDeterminedUnknowns([], 2).size).toBe(0);
  });
});

describe('suppressRelatedFigures', () => {
  it('returns each figure published or withheld with its reason', () => {
    const figure = (n: number) => ({
      code: 'plans-escalated',
      period: '2025-Q3',
      value: 0.2,
      numerator: n,
      denominator: n,
      n,
    });
    const result = suppressRelatedFigures(
      { GM0080: figure(100), team1: figure(3), team2: figure(40), team3: figure(57) },
      [{ total: 'GM0080', parts: ['team1', 'team2', 'team3'] }],
    );
    expect(result.GM0080?.isSuppressed).toBe(false);
    expect(result.team1).toMatchObject({
      isSuppressed: true,
      reason: 'SMALL_NUMBER',
      value: null,
    });
    expect(result.team2).toMatchObject({
      isSuppressed: true,
      reason: 'DERIVABLE',
      value: null,
    });
    expect(result.team3).toMatchObject({ isSuppressed: false, value: 0.2 });
  });
});
