import { exportBenchmarkCsv } from '@wijknet/db';
import { createTestDatabase } from '@wijknet/db/testing';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import {
  AMSTERDAM,
  CORE_SIZE,
  GRONINGEN,
  insertBenchmarkFixture,
  LEEUWARDEN,
  PREVENTED,
} from './benchmark-fixtures.js';
import {
  ask,
  createGatewayUnderTest,
  problemsWithAnswer,
} from './reliability/support/gateway-under-test.js';

// `wijknet export` and `compare` must show the very same figures: every exported cell of another
// municipality carries compare's value, or is empty with compare's reason (SMALL_NUMBER,
// DERIVABLE), on the benchmark fixture, where Groningen's 2025 quarters are withheld both ways.
const database = await createTestDatabase('pglite');
afterAll(() => database.close());
const gateway = createGatewayUnderTest(database.db);

beforeAll(async () => {
  await insertBenchmarkFixture(database.db);
});

const COMPARE = `query ($input: CompareInput!) { compare(input: $input) { indicators {
  indicator { code }
  periods { period figures { municipality { code } value n suppression { reason } } } } } }`;

/** What compare shows of one cell: its value and n, or the reason it has none. */
interface Shown {
  readonly value: number | null;
  readonly n: number | null;
  readonly reason: string | null;
}

type Cells = Map<string, Shown>;
const keyOf = (municipality: string, indicator: string, period: string) =>
  `${municipality}|${indicator}|${period}`;

/** Compare's answer for every indicator, municipality and period (quarters and years) of the fixture. */
async function compareCells(token: string, municipalityCodes: readonly string[]): Promise<Cells> {
  const cells: Cells = new Map();
  const ranges = [
    { from: '2024-Q1', to: '2025-Q4', granularity: 'QUARTER' },
    { from: '2024', to: '2025', granularity: 'YEAR' },
  ];
  for (const range of ranges) {
    const input = { indicatorCodes: [PREVENTED, CORE_SIZE], municipalityCodes, ...range };
    const answer = await ask(gateway, { query: COMPARE, variables: { input }, token });
    expect(problemsWithAnswer(answer)).toEqual([]);
    const indicators =
      (
        answer.body?.data?.compare as
          | {
              indicators: Array<{
                indicator: { code: string };
                periods: Array<{
                  period: string;
                  figures: Array<{
                    municipality: { code: string };
                    value: number | null;
                    n: number | null;
                    suppression: { reason: string } | null;
                  }>;
                }>;
              }>;
            }
          | undefined
      )?.indicators ?? [];
    for (const { indicator, periods } of indicators) {
      for (const { period, figures } of periods) {
        for (const figure of figures) {
          cells.set(keyOf(figure.municipality.code, indicator.code, period), {
            value: figure.value,
            n: figure.n,
            reason: figure.suppression?.reason ?? null,
          });
        }
      }
    }
  }
  return cells;
}

/** The export's cells, read back as R or Excel would. */
async function exportCells(scope: Parameters<typeof exportBenchmarkCsv>[1]['scope']) {
  const csv = await exportBenchmarkCsv(database.db, {
    scope,
    indicatorCodes: [PREVENTED, CORE_SIZE],
  });
  const rows = parse(csv, { columns: true }) as Record<string, string>[];
  return new Map(
    rows.map((row) => [
      keyOf(row.municipality_code ?? '', row.indicator_code ?? '', row.period ?? ''),
      {
        value: row.value === '' ? null : Number(row.value),
        n: row.n === '' ? null : Number(row.n),
        reason: row.suppression_reason === '' ? null : (row.suppression_reason ?? null),
        counts: [row.numerator, row.denominator],
      },
    ]),
  );
}

describe.each([
  ['an institute', { role: 'institute' } as const, undefined],
  ['a municipality', { role: 'municipality', municipalityId: AMSTERDAM } as const, AMSTERDAM],
])('the export as %s', (_name, scope, own) => {
  let compared: Cells;
  let exported: Awaited<ReturnType<typeof exportCells>>;
  beforeAll(async () => {
    exported = await exportCells(scope);
    const municipalities = [...new Set([...exported.keys()].map((key) => key.split('|')[0] ?? ''))];
    expect(municipalities).toContain(GRONINGEN);
    compared = await compareCells(await signDevelopmentToken(scope), municipalities);
  });

  it('shows every cell as compare does: the same value and n, or none with the same reason', () => {
    const differences: string[] = [];
    for (const [key, cell] of exported) {
      const shown = compared.get(key);
      const exportedCell = { value: cell.value, n: cell.n, reason: cell.reason };
      // The own municipality's figures are shown in full to it in both.
      const expected = key.startsWith(`${own}|`) ? { ...shown, reason: null } : shown;
      if (JSON.stringify(exportedCell) !== JSON.stringify(expected))
        differences.push(
          `${key}: export ${JSON.stringify(exportedCell)}, compare ${JSON.stringify(shown)}`,
        );
      if (cell.reason !== null && cell.counts.some((count) => count !== ''))
        differences.push(`${key}: withheld, yet the export has a numerator or denominator`);
    }
    expect(differences).toEqual([]);
    expect(exported.size).toBeGreaterThan(100);
    const withheld = (reason: string) =>
      [...exported.values()].filter((cell) => cell.reason === reason).length;
    console.info(
      `export against compare (${scope.role}): ${exported.size} cells equal, ${withheld('SMALL_NUMBER')} SMALL_NUMBER and ${withheld('DERIVABLE')} DERIVABLE among them`,
    );
  });

  it('leaves out no figure compare shows or withholds, and no withheld reason goes missing', () => {
    const missing = [...compared]
      .filter(
        ([key, cell]) =>
          (cell.value !== null || cell.reason === 'SMALL_NUMBER' || cell.reason === 'DERIVABLE') &&
          !exported.has(key),
      )
      .map(([key]) => key);
    expect(missing).toEqual([]);
    const reasons = [...exported.values()].map((cell) => cell.reason);
    // DERIVABLE really occurs: Groningen's 2025-Q2 goes beside its small 2025-Q4.
    expect(exported.get(keyOf(GRONINGEN, PREVENTED, '2025-Q2'))?.reason).toBe('DERIVABLE');
    expect(reasons).toContain('SMALL_NUMBER');
    expect(exported.get(keyOf(GRONINGEN, PREVENTED, '2025-Q4'))).toMatchObject({
      value: null,
      n: null,
      reason: 'SMALL_NUMBER',
    });
  });

  it('never exports a municipality that does not publish, unless it is the caller', () => {
    const leeuwarden = [...exported.keys()].filter((key) => key.startsWith(`${LEEUWARDEN}|`));
    expect(leeuwarden).toEqual([]);
  });
});
