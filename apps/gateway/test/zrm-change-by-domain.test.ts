import { type DatabaseHandle, schema } from '@wijknet/db';
import { createTestDatabase } from '@wijknet/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import type { Gateway } from '../src/create-gateway.js';
import {
  codesOf,
  createTestGateway,
  type GraphQLResponse,
  postGraphQL,
  TEST_TARGETS,
  testDatabase,
} from './harness.js';

const LEEUWARDEN = 'GM0080';
const GRONINGEN = 'GM0014';
const TEAM = '11111111-1111-4111-8111-111111111111';

const QUERY = `query ($code: String!, $period: String!) { municipality(code: $code) {
  zrmChangeByDomain(period: $period) {
    lifeDomainCode lifeDomain { nl en } meanChange n improved unchanged worsened
    suppression { reason threshold }
  } } }`;

interface DomainFigure {
  lifeDomainCode: string;
  lifeDomain: { nl: string; en: string };
  meanChange: number | null;
  n: number | null;
  improved: number | null;
  unchanged: number | null;
  worsened: number | null;
  suppression: { reason: string; threshold: number | null } | null;
}

const figuresOf = (response: GraphQLResponse) =>
  (response.body.data?.municipality as { zrmChangeByDomain: DomainFigure[] } | undefined)
    ?.zrmChangeByDomain ?? [];

const domain = (figures: DomainFigure[], code: string) =>
  figures.find((figure) => figure.lifeDomainCode === code);

/** Finances well above the threshold, housing below it, nothing on justice; both municipalities. */
async function insertDomainRollups(database: DatabaseHandle) {
  const counts = { period: '2025-Q1' };
  await database.db.insert(schema.zrmDomainRollups).values(
    [LEEUWARDEN, GRONINGEN].flatMap((municipalityId) => [
      {
        ...counts,
        municipalityId,
        lifeDomain: 'finances',
        changeSum: 12,
        n: 24,
        improved: 14,
        unchanged: 6,
        worsened: 4,
      },
      {
        ...counts,
        municipalityId,
        lifeDomain: 'housing',
        changeSum: 1,
        n: 4,
        improved: 2,
        unchanged: 1,
        worsened: 1,
      },
    ]),
  );
  // Groningen publishes the group of zrm-mean-change (outcomes); Leeuwarden publishes nothing.
  await database.db
    .insert(schema.publicationSettings)
    .values({ municipalityId: GRONINGEN, indicatorGroup: 'outcomes', isPublished: true });
}

describe.each(TEST_TARGETS)('ZRM change per life domain on %s', (target) => {
  let database: DatabaseHandle;
  let gateway: Gateway;
  const ask = async (code: string, token?: string, period = '2025-Q1') =>
    postGraphQL(gateway, QUERY, { ...(token ? { token } : {}), variables: { code, period } });

  beforeAll(async () => {
    database = target === 'pglite' ? testDatabase : await createTestDatabase(target);
    await insertDomainRollups(database);
    gateway = createTestGateway({ database: database.db });
  });
  afterAll(async () => {
    if (database !== testDatabase) await database.close();
  });

  it('gives the owner every life domain with mean change and trajectories, small numbers included', async () => {
    const token = await signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN });
    const response = await ask(LEEUWARDEN, token);
    expect(response.body.errors).toBeUndefined();
    const figures = figuresOf(response);
    expect(figures.map((figure) => figure.lifeDomainCode)).toHaveLength(14);
    expect(figures[0]?.lifeDomainCode).toBe('finances');
    expect(figures.at(-1)?.lifeDomain).toEqual({ nl: 'Opvoeding', en: 'Parenting' });
    expect(domain(figures, 'finances')).toMatchObject({
      lifeDomain: { nl: 'Financiën', en: 'Finances' },
      meanChange: 0.5,
      n: 24,
      improved: 14,
      unchanged: 6,
      worsened: 4,
      suppression: null,
    });
    expect(domain(figures, 'housing')).toMatchObject({ meanChange: 0.25, n: 4, improved: 2 });
    expect(domain(figures, 'justice')).toMatchObject({
      meanChange: null,
      n: null,
      suppression: { reason: 'NO_DATA', threshold: null },
    });
  });

  it('withholds small numbers from the municipality’s own team', async () => {
    const token = await signDevelopmentToken({
      role: 'team',
      municipalityId: LEEUWARDEN,
      teamId: TEAM,
    });
    const figures = figuresOf(await ask(LEEUWARDEN, token));
    expect(domain(figures, 'finances')).toMatchObject({ meanChange: 0.5, n: 24 });
    expect(domain(figures, 'housing')).toEqual(
      expect.objectContaining({
        meanChange: null,
        n: null,
        improved: null,
        unchanged: null,
        worsened: null,
        suppression: { reason: 'SMALL_NUMBER', threshold: 10 },
      }),
    );
  });

  it('shows an unpublished municipality to no one else, only the reason', async () => {
    const tokens = [
      undefined,
      await signDevelopmentToken({ role: 'institute' }),
      await signDevelopmentToken({ role: 'municipality', municipalityId: GRONINGEN }),
    ];
    for (const token of tokens) {
      const figures = figuresOf(await ask(LEEUWARDEN, token));
      expect(figures).toHaveLength(14);
      for (const figure of figures) {
        expect(figure).toMatchObject({ meanChange: null, n: null, improved: null });
        expect(figure.suppression?.reason).toBe('NOT_PUBLISHED');
      }
    }
  });

  it('shows a published municipality to anyone, small numbers withheld', async () => {
    for (const token of [
      undefined,
      await signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN }),
    ]) {
      const figures = figuresOf(await ask(GRONINGEN, token));
      expect(domain(figures, 'finances')).toMatchObject({ meanChange: 0.5, n: 24, worsened: 4 });
      expect(domain(figures, 'housing')).toMatchObject({
        meanChange: null,
        n: null,
        suppression: { reason: 'SMALL_NUMBER', threshold: 10 },
      });
    }
  });

  it('refuses a period that is not a quarter or a year', async () => {
    const response = await ask(GRONINGEN, undefined, '2025-Q5');
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
  });
});
