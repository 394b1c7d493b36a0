import { readFileSync } from 'node:fs';
import { importCsv, keptPeriods, rebuildRollups, withScope, writeRows } from '@wijknet/db';
import { createTestDatabase } from '@wijknet/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type PeerBaseData, peerBaseFigures } from './compare-peer-base.js';

// The bench's comparison with the clock set in 2031: the peer that works figures out from the base
// tables keeps the same periods as the write path, 2027 and later included, and so reaches the
// gateway's published figures.

const GM = 'GM0080';
const TODAY = '2031-03-04';
const SECRET = 'wijknet-test-secret-0123456789abcdef';
const EXAMPLES = new URL('../../../../packages/db/examples/', import.meta.url);
const KINDS = ['teams', 'members', 'households', 'plan-events', 'assessments', 'registered-events'];

let handle: Awaited<ReturnType<typeof createTestDatabase>>;

/** Rows of a query on the test database (PGlite), read as its owner. */
async function rows<Row>(text: string, params: unknown[] = []): Promise<Row[]> {
  if (!handle.pglite) throw new Error('the test database is not PGlite');
  return (await handle.pglite.query<Row>(text, params)).rows;
}

beforeAll(async () => {
  vi.stubEnv('WIJKNET_TODAY', TODAY);
  handle = await createTestDatabase('pglite');
  for (const kind of KINDS) {
    const source = readFileSync(new URL(`${kind}.csv`, EXAMPLES));
    await importCsv(handle.db, { kind, municipalityId: GM, source, secret: SECRET });
  }
  await withScope(handle.db, { role: 'municipality', municipalityId: GM }, (tx) =>
    writeRows(tx, {
      kind: 'registered-events',
      municipalityId: GM,
      secret: SECRET,
      rows: ['2028-02-03', '2029-05-10', '2029-06-11', '2030-12-24'].map((day) => ({
        type: 'eviction',
        occurred_on: day,
        household_reference: 'ZK-2024-0001',
      })),
    }),
  );
  await rows(
    `insert into publication_settings (municipality_id, indicator_group, is_published)
        select $1, indicator_group, true from indicator_definitions group by indicator_group`,
    [GM],
  );
  await rebuildRollups(handle.db);
}, 240_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await handle?.close();
});

/** What PostGraphile answers the peer's query with, read here straight from the tables. */
async function peerBaseData(): Promise<PeerBaseData> {
  const events = await rows<{ municipality_id: string; day: string; count: number }>(
    `select municipality_id, occurred_on::text as day, count(distinct id)::int as count
          from registered_events where type = 'eviction' group by 1, 2`,
  );
  const municipalities = await rows<{ id: string; households: number; inhabitants: number }>(
    `select id, households, inhabitants from municipalities`,
  );
  const [definition] = await rows<{ scale: number }>(
    `select scale from indicator_definitions where code = 'evictions-per-1000-households'`,
  );
  return {
    allRegisteredEvents: {
      groupedAggregates: events.map((row) => ({
        keys: [row.municipality_id, row.day],
        distinctCount: { rowId: String(row.count) },
      })),
    },
    allMunicipalities: {
      nodes: municipalities.map((row) => ({
        rowId: row.id,
        households: row.households,
        inhabitants: row.inhabitants,
      })),
    },
    allPublicationSettings: { nodes: [{ municipalityId: GM }] },
    allIndicatorDefinitions: { nodes: [{ scale: Number(definition?.scale) }] },
  };
}

describe('the comparison case with the clock in 2031', () => {
  it("works out from the base tables the gateway's published figures, 2027 and later included", async () => {
    const kept = await withScope(handle.db, { role: 'municipality', municipalityId: GM }, (tx) =>
      keptPeriods(tx, GM, TODAY),
    );
    expect(kept).toContain('2031-Q1');
    const fromBase = peerBaseFigures(await peerBaseData(), new Map([[GM, kept]]));
    const published = await rows<{ period: string; value: number | null }>(
      `select period, value from public_indicator_figures
           where municipality_id = $1 and indicator_code = 'evictions-per-1000-households'`,
      [GM],
    );
    const byPeriod = (rows: readonly { period: string; value: number | null }[]) =>
      Object.fromEntries(rows.map((row) => [row.period, row.value]).sort());
    expect(byPeriod(fromBase)).toEqual(byPeriod(published));
    expect(Object.keys(byPeriod(published))).toContain('2029-Q2');
  });
});
