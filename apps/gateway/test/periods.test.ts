import { readFileSync } from 'node:fs';
import { importCsv, rebuildRollups } from '@wijknet/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestGateway, fieldOf, postGraphQL, testDatabase } from './harness.js';

// The calendar with the clock set in 2031: the periods the API offers run on past 2026, the
// running quarter and year are marked, and the latest complete period compares.

const GM = 'GM0080';
const EXAMPLES = new URL('../../../packages/db/examples/', import.meta.url);
const KINDS = ['teams', 'members', 'households', 'plan-events', 'assessments', 'registered-events'];
const gateway = createTestGateway();

interface Period {
  code: string;
  granularity: string;
  firstDay: string;
  lastDay: string;
  isComplete: boolean;
  isLatestComplete: boolean;
  throughQuarter: number | null;
  label: string;
}

const PERIODS = `
  query Periods($granularity: PeriodGranularity!) {
    periods(granularity: $granularity) {
      code granularity firstDay lastDay isComplete isLatestComplete throughQuarter label
    }
  }
`;

async function periods(granularity: 'QUARTER' | 'YEAR'): Promise<Period[]> {
  const response = await postGraphQL(gateway, PERIODS, { variables: { granularity } });
  return fieldOf<Period[]>(response, 'periods');
}

beforeAll(async () => {
  vi.stubEnv('WIJKNET_TODAY', '2031-03-04');
  for (const kind of KINDS) {
    await importCsv(testDatabase.db, {
      kind,
      municipalityId: GM,
      source: readFileSync(new URL(`${kind}.csv`, EXAMPLES)),
      secret: 'wijknet-test-secret-0123456789abcdef',
    });
  }
  await testDatabase.db.execute(
    sql`insert into publication_settings (municipality_id, indicator_group, is_published)
        select ${GM}, indicator_group, true from indicator_definitions group by indicator_group
        on conflict do nothing`,
  );
  await rebuildRollups(testDatabase.db);
});
afterAll(() => vi.unstubAllEnvs());

describe('the periods with the clock in 2031', () => {
  it('run from the first published quarter through the quarter of the clock', async () => {
    const quarters = await periods('QUARTER');
    expect(quarters[0]?.code).toBe('2024-Q1');
    expect(quarters.at(-1)).toEqual({
      code: '2031-Q1',
      granularity: 'QUARTER',
      firstDay: '2031-01-01',
      lastDay: '2031-03-31',
      isComplete: false,
      isLatestComplete: false,
      throughQuarter: null,
      label: 'K1 2031',
    });
    expect(quarters.filter((quarter) => quarter.isLatestComplete).map((q) => q.code)).toEqual([
      '2030-Q4',
    ]);
    expect(quarters.map((quarter) => quarter.code)).toContain('2027-Q2');
  });

  it('mark the year still running, and the complete ones', async () => {
    const years = await periods('YEAR');
    expect(years.map((year) => year.code)).toEqual([
      '2024',
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
      '2031',
    ]);
    expect(years.at(-1)).toMatchObject({
      isComplete: false,
      throughQuarter: 0,
      label: '2031 (lopend)',
    });
    expect(years.at(-2)).toMatchObject({
      isComplete: true,
      isLatestComplete: true,
      throughQuarter: null,
      label: '2030',
    });
  });

  it('compare the latest complete quarter', async () => {
    const latest = (await periods('QUARTER')).find((quarter) => quarter.isLatestComplete);
    const response = await postGraphQL(
      gateway,
      `query Compare($input: CompareInput!) {
         compare(input: $input) {
           periods
           indicators { periods { period allMunicipalities { municipalityCode n suppression { reason } } } }
         }
       }`,
      {
        variables: {
          input: {
            indicatorCodes: ['reach-per-1000-households'],
            municipalityCodes: [GM],
            granularity: 'QUARTER',
            from: latest?.code,
            to: latest?.code,
          },
        },
      },
    );
    const comparison = fieldOf<{
      periods: string[];
      indicators: {
        periods: { period: string; allMunicipalities: { municipalityCode: string }[] }[];
      }[];
    }>(response, 'compare');
    expect(comparison.periods).toEqual(['2030-Q4']);
    const codes = comparison.indicators[0]?.periods[0]?.allMunicipalities.map(
      (m) => m.municipalityCode,
    );
    expect(codes).toContain(GM);
  });
});
