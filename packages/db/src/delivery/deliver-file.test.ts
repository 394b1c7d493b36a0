import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { countRows, TEST_SECRET } from '../import/test-support.js';
import { withScope } from '../tenancy.js';
import { createTestDatabase, TEST_TARGETS } from '../testing.js';
import { type DeliverFileOptions, deliverFile, KEPT_PROBLEMS } from './deliver-file.js';
import {
  problemReportCsv,
  readDeliveredKinds,
  readDeliveries,
  readDeliveryProblems,
} from './read-deliveries.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const example = (kind: string) => readFileSync(resolve(EXAMPLES, `${kind}.csv`), 'utf8');
const LEEUWARDEN = { role: 'municipality', municipalityId: 'GM0080' } as const;
const ACTOR = { subject: 'gm0080-datateam', role: 'municipality', operation: 'deliver' };

describe.each(TEST_TARGETS)('deliveries on %s', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(target);
  });
  afterAll(() => handle.close());

  const deliver = (options: Pick<DeliverFileOptions, 'kind' | 'source' | 'fileName'>) =>
    withScope(handle.db, LEEUWARDEN, (tx) =>
      deliverFile(tx, { ...options, municipalityId: 'GM0080', secret: TEST_SECRET, actor: ACTOR }),
    );

  it('records an accepted file with its counts, and a repeat as unchanged', async () => {
    const first = await deliver({ kind: 'teams', source: example('teams'), fileName: 'teams.csv' });
    expect(first).toMatchObject({
      kind: 'teams',
      fileName: 'teams.csv',
      isAccepted: true,
      rows: 3,
      inserted: 3,
      actor: 'gm0080-datateam',
      problemCount: 0,
    });
    expect(first.period).toMatch(/^\d{4}-Q[1-4]$/);
    const again = await deliver({ kind: 'teams', source: example('teams'), fileName: 'teams.csv' });
    expect(again).toMatchObject({
      isAccepted: true,
      rows: 3,
      inserted: 0,
      updated: 0,
      unchanged: 3,
    });
    expect(await countRows(handle, 'teams')).toBe(3);
  });

  it("counts a delivery in the quarter of wijknet's clock, 2031 included", async () => {
    vi.stubEnv('WIJKNET_TODAY', '2031-08-14');
    try {
      const delivery = await deliver({
        kind: 'teams',
        source: example('teams'),
        fileName: 'teams-2031.csv',
      });
      expect(delivery.period).toBe('2031-Q3');
      const listed = await withScope(handle.db, LEEUWARDEN, (tx) =>
        readDeliveries(tx, { municipalityId: 'GM0080', periods: ['2031-Q3'] }),
      );
      expect(listed.map((row) => row.fileName)).toContain('teams-2031.csv');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('refuses a file with a bad row whole, and keeps its problems for the report', async () => {
    const lines = example('households').trimEnd().split('\n');
    // Line 4 of the file: a district of Amsterdam in Leeuwarden's file.
    lines[3] = 'ZK-2024-0003,WK036301,4,2,2,45-64,2024-02-05,school';
    const refused = await deliver({
      kind: 'households',
      source: `${lines.join('\n')}\n`,
      fileName: 'huishoudens.csv',
    });
    expect(refused).toMatchObject({
      isAccepted: false,
      rows: lines.length - 1,
      inserted: 0,
      refusalCode: 'invalid-rows',
      problemCount: 1,
    });
    expect(await countRows(handle, 'households')).toBe(0);
    const problems = await withScope(handle.db, LEEUWARDEN, (tx) =>
      readDeliveryProblems(tx, { municipalityId: 'GM0080', deliveryId: refused.id }),
    );
    expect(problems).toEqual([expect.objectContaining({ line: 4, column: 'district_code' })]);
    const report = problemReportCsv(refused, problems).split('\r\n');
    expect(report[0]).toBe('line,column,problem,rule');
    expect(report[2]).toMatch(/^4,district_code,/);
  });

  it('lists the history per quarter in its own scope only, and tells institutes only kinds', async () => {
    const [latest] = await withScope(handle.db, LEEUWARDEN, (tx) =>
      readDeliveries(tx, { municipalityId: 'GM0080', periods: ['2000-Q1'] }),
    );
    expect(latest).toBeUndefined();
    const teams = await deliver({ kind: 'teams', source: example('teams'), fileName: 't.csv' });
    const history = await withScope(handle.db, LEEUWARDEN, (tx) =>
      readDeliveries(tx, { municipalityId: 'GM0080', periods: [teams.period] }),
    );
    expect(history[0]).toMatchObject({ id: teams.id, fileName: 't.csv' });
    expect(history.map((row) => row.isAccepted)).toContain(false);
    const otherScope = await withScope(
      handle.db,
      { role: 'municipality', municipalityId: 'GM0363' },
      (tx) => readDeliveries(tx, { municipalityId: 'GM0080', periods: [teams.period] }),
    );
    expect(otherScope).toEqual([]);
    const coverage = await withScope(handle.db, { role: 'institute' }, (tx) =>
      readDeliveredKinds(tx, { periods: [teams.period] }),
    );
    // The refused households file does not count as delivered.
    expect(coverage).toEqual([
      {
        municipalityId: 'GM0080',
        municipalityName: 'Leeuwarden',
        period: teams.period,
        kinds: ['teams'],
      },
    ]);
  });

  it('keeps at most KEPT_PROBLEMS problems and counts the rest', async () => {
    const header = example('households').split('\n')[0];
    const bad = Array.from(
      { length: KEPT_PROBLEMS + 5 },
      (_, i) => `ZK-${i},WK008010,1,1,0,27-44,2024-01-15,by-pigeon`,
    );
    const refused = await deliver({
      kind: 'households',
      source: `${header}\n${bad.join('\n')}\n`,
      fileName: 'many.csv',
    });
    expect(refused.problemCount).toBe(KEPT_PROBLEMS + 5);
    const problems = await withScope(handle.db, LEEUWARDEN, (tx) =>
      readDeliveryProblems(tx, { municipalityId: 'GM0080', deliveryId: refused.id }),
    );
    expect(problems).toHaveLength(KEPT_PROBLEMS);
    expect(problemReportCsv(refused, problems)).toContain('5 more problem(s) not kept');
  });
});
