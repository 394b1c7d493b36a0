import { type Database, refreshPublicFigures, relations } from '@wijknet/db';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import { KeptAnswers } from '../src/execution/public-answers.js';
import {
  AMSTERDAM,
  HOUSEHOLDS,
  insertBenchmarkFixture,
  LEEUWARDEN,
  PREVENTED,
} from './benchmark-fixtures.js';
import { createTestGateway, postGraphQL, testDatabase } from './harness.js';

const COMPARE = `
  query Compare($input: CompareInput!) {
    compare(input: $input) {
      indicators {
        periods {
          period
          national { median municipalityCount }
          figures { municipality { code } value n suppression { reason } }
          allMunicipalities { municipalityCode value suppression { reason } }
        }
      }
    }
  }
`;

interface Figure {
  municipality?: { code: string };
  municipalityCode?: string;
  value: number | null;
  n?: number | null;
  suppression: { reason: string } | null;
}
interface Period {
  period: string;
  national: { median: number | null; municipalityCount: number };
  figures: Figure[];
  allMunicipalities: Figure[];
}

/** Every SQL statement the gateway sends, so a test sees whether an answer was computed. */
const statements: string[] = [];
const counted = (testDatabase.pglite
  ? drizzlePglite({
      client: testDatabase.pglite,
      relations,
      logger: { logQuery: (query) => statements.push(query) },
    })
  : drizzlePostgres({
      client: testDatabase.postgresClient as never,
      relations,
      logger: { logQuery: (query) => statements.push(query) },
    })) as unknown as Database;
const gateway = createTestGateway({ database: counted });

const input = {
  indicatorCodes: [PREVENTED],
  municipalityCodes: [AMSTERDAM, LEEUWARDEN],
  granularity: 'QUARTER',
  from: '2025-Q1',
  to: '2025-Q4',
};

async function compareAs(token: string | undefined) {
  statements.length = 0;
  const response = await postGraphQL(gateway, COMPARE, {
    ...(token ? { token } : {}),
    variables: { input },
  });
  expect(response.body.errors).toBeUndefined();
  const data = response.body.data?.compare as { indicators: { periods: Period[] }[] };
  // The scope's set-up (a statement of its own on PGlite) aside.
  const sent = statements.filter((statement) => !statement.includes('set_config'));
  return { periods: data.indicators[0]?.periods ?? [], statements: sent };
}

const figureOf = (periods: Period[], period: string, code: string) =>
  periods
    .find((entry) => entry.period === period)
    ?.figures.find((figure) => figure.municipality?.code === code);

beforeAll(async () => {
  await insertBenchmarkFixture(testDatabase.db);
});

describe('public answers to a comparison', () => {
  it('are computed once per publication version and shared by institutes and visitors', async () => {
    const institute = await signDevelopmentToken({ role: 'institute' });
    const first = await compareAs(institute);
    expect(first.statements.length).toBeGreaterThan(1);
    const again = await compareAs(institute);
    expect(again.periods).toEqual(first.periods);
    // Only the version was read: the answer itself came from the cache.
    expect(again.statements).toEqual([expect.stringMatching(/from publication_versions/)]);
    const visitor = await compareAs(undefined);
    expect(visitor.periods).toEqual(first.periods);
    expect(visitor.statements).toEqual(again.statements);
  });

  it('are computed again after any write to the figures, made by whichever process', async () => {
    const institute = await signDevelopmentToken({ role: 'institute' });
    const before = await compareAs(institute);
    expect(figureOf(before.periods, '2025-Q3', AMSTERDAM)?.value).not.toBeNull();

    // Another process (an import, a second gateway) raises Amsterdam's prevented evictions.
    await testDatabase.db.execute(
      sql`update indicator_rollups set n = n + 100, numerator = numerator + 100
           where municipality_id = ${AMSTERDAM} and indicator_code = ${PREVENTED}
             and period in ('2025-Q3', '2025')`,
    );
    await refreshPublicFigures(testDatabase.db, AMSTERDAM);
    const after = await compareAs(institute);
    expect(after.statements.length).toBeGreaterThan(1);
    const raised = figureOf(after.periods, '2025-Q3', AMSTERDAM);
    const earlier = figureOf(before.periods, '2025-Q3', AMSTERDAM);
    expect(raised?.n).toBe((earlier?.n ?? 0) + 100);
    expect(raised?.value).toBeCloseTo(((earlier?.n ?? 0) + 100) * (1000 / HOUSEHOLDS));

    // Amsterdam stops publishing the group: its figures leave every public answer at once.
    await testDatabase.db.execute(
      sql`update publication_settings set is_published = false
           where municipality_id = ${AMSTERDAM} and indicator_group = 'safety'`,
    );
    const unpublished = await compareAs(institute);
    expect(figureOf(unpublished.periods, '2025-Q3', AMSTERDAM)?.suppression?.reason).toBe(
      'NOT_PUBLISHED',
    );
    expect(
      unpublished.periods[0]?.allMunicipalities.map((figure) => figure.municipalityCode),
    ).not.toContain(AMSTERDAM);
    await testDatabase.db.execute(
      sql`update publication_settings set is_published = true
           where municipality_id = ${AMSTERDAM} and indicator_group = 'safety'`,
    );
  });

  it('never keep a municipality’s answer, nor give an institute what a municipality sees', async () => {
    const leeuwarden = await signDevelopmentToken({
      role: 'municipality',
      municipalityId: LEEUWARDEN,
    });
    const own = await compareAs(leeuwarden);
    // Leeuwarden publishes nothing, yet sees its own figures, small numbers included.
    expect(figureOf(own.periods, '2025-Q2', LEEUWARDEN)?.n).toBe(3);
    const ownAgain = await compareAs(leeuwarden);
    expect(ownAgain.statements.length).toBeGreaterThan(1);

    const institute = await compareAs(await signDevelopmentToken({ role: 'institute' }));
    const seen = figureOf(institute.periods, '2025-Q2', LEEUWARDEN);
    expect(seen?.value).toBeNull();
    expect(seen?.n).toBeNull();
    expect(seen?.suppression?.reason).toBe('NOT_PUBLISHED');
  });
});

describe('kept answers', () => {
  const answers = () => new KeptAnswers<string>({ maxSize: 1000, sizeOf: (text) => text.length });

  it('are let go as soon as a newer publication version is read', () => {
    const kept = answers();
    kept.set('7', 'compare', 'answer of version 7');
    kept.set('7', 'compare other', 'another answer of version 7');
    expect(kept.get('7', 'compare')).toBe('answer of version 7');
    expect(kept.get('8', 'compare')).toBeUndefined();
    // Nothing of version 7 stays behind to take memory.
    expect(kept.size).toBe(0);
    expect(kept.get('7', 'compare')).toBeUndefined();
  });

  it('keep no answer computed under a version older than one already read', () => {
    const kept = answers();
    expect(kept.get('12', 'compare')).toBeUndefined();
    // A request that read version 11 just before a write finishes after one that read 12.
    kept.set('11', 'compare', 'answer of version 11');
    expect(kept.size).toBe(0);
    kept.set('12', 'compare', 'answer of version 12');
    expect(kept.get('12', 'compare')).toBe('answer of version 12');
    // Versions compare as numbers, not as text ('9' < '12').
    expect(kept.get('9', 'compare')).toBeUndefined();
    expect(kept.get('12', 'compare')).toBe('answer of version 12');
  });
});
