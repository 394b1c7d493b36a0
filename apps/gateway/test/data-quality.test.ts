import type { DatabaseHandle } from '@wijknet/db';
import { createTestDatabase } from '@wijknet/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import type { Gateway } from '../src/create-gateway.js';
import { deliveryAnswerOf, exampleFile, multipartRequest } from './delivery-support.js';
import { AMSTERDAM, LEEUWARDEN } from './fixtures.js';
import { codesOf, createTestGateway, fieldOf, postGraphQL, TEST_TARGETS } from './harness.js';

const DATA_QUALITY = /* GraphQL */ `
  query DataQuality($code: String!, $period: String!) {
    municipality(code: $code) {
      dataQuality(period: $period) {
        period
        intakeZrm { count total share suppression { reason } }
        closureZrm { count total share }
        intakeAndClosureZrm { count total share }
        plansWithoutLead { count total share }
        assessmentsOverdue3Months { count total }
        assessmentsOverdue6Months { count total }
        householdsWithoutDistrictTeam { count total share suppression { reason } }
        completenessThreshold
        isBelowCompletenessThreshold
        lastDeliveries { kind period deliveredAt }
      }
    }
  }
`;

const COMPARE = /* GraphQL */ `
  query Compare($codes: [ID!]!) {
    compare(input: { indicatorCodes: $codes, municipalityCodes: ["GM0080"], granularity: YEAR, from: "2024", to: "2024" }) {
      indicators { indicator { code } periods { figures { value completeness { measure share threshold isBelowThreshold } } } }
    }
  }
`;

interface Share {
  count: number | null;
  total: number | null;
  share: number | null;
  suppression?: { reason: string } | null;
}
type Quality = Record<string, unknown> & {
  intakeZrm: Share;
  householdsWithoutDistrictTeam: Share;
  lastDeliveries: { kind: string; period: string; deliveredAt: string | null }[];
};
interface Comparison {
  indicators: {
    indicator: { code: string };
    periods: {
      figures: { value: number | null; completeness: Record<string, unknown> | null }[];
    }[];
  }[];
}

/** Every example file but the closure ZRM of plan P-0005, which closed on 1 August 2024. */
const assessmentsWithoutP5Closure = () =>
  exampleFile('assessments')
    .split('\n')
    .filter((line) => !line.includes('P-0005,2024-08-01,closure'))
    .join('\n');

describe.each(TEST_TARGETS)('data quality on %s', (target) => {
  let database: DatabaseHandle;
  let gateway: Gateway;
  let officer: string;
  const deliver = async (kind: string, text: string) => {
    const answer = await deliveryAnswerOf(
      await gateway.fetch(
        multipartRequest('http://gateway.test/graphql', {
          kind: kind.toUpperCase().replaceAll('-', '_'),
          fileName: `${kind}.csv`,
          text,
          token: officer,
        }),
      ),
    );
    expect(answer.delivery).toMatchObject({ isAccepted: true });
  };
  beforeAll(async () => {
    database = await createTestDatabase(target);
    gateway = createTestGateway({ database: database.db });
    officer = await signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN });
    for (const kind of ['teams', 'members', 'households', 'plan-events'])
      await deliver(kind, exampleFile(kind));
    await deliver('assessments', assessmentsWithoutP5Closure());
  });
  afterAll(() => database.close());

  const qualityAs = async (token: string, period = '2024') =>
    fieldOf<{ dataQuality: Quality | null }>(
      await postGraphQL(gateway, DATA_QUALITY, { token, variables: { code: LEEUWARDEN, period } }),
      'municipality',
    ).dataQuality;
  const listedAs = async (token: string) =>
    fieldOf<{ municipality: { code: string } }[]>(
      await postGraphQL(
        gateway,
        `query { dataQualities(period: "2024") { municipality { code } intakeZrm { share } } }`,
        { token },
      ),
      'dataQualities',
    ).map((quality) => quality.municipality.code);
  const figuresOf = async (token: string, code: string) => {
    const answer = fieldOf<Comparison>(
      await postGraphQL(gateway, COMPARE, { token, variables: { codes: [code] } }),
      'compare',
    );
    return answer.indicators[0]?.periods[0]?.figures ?? [];
  };

  it('shows the municipality its registration: ZRMs, leads, overdue ZRMs, last deliveries', async () => {
    const quality = await qualityAs(officer);
    expect(quality).toMatchObject({
      period: '2024',
      intakeZrm: { count: 4, total: 5, share: 0.8, suppression: null },
      closureZrm: { count: 1, total: 2, share: 0.5 },
      intakeAndClosureZrm: { count: 1, total: 2, share: 0.5 },
      plansWithoutLead: { count: 1, total: 3 },
      assessmentsOverdue3Months: { count: 3, total: 3 },
      assessmentsOverdue6Months: { count: 3, total: 3 },
      householdsWithoutDistrictTeam: { count: 0, total: 10, share: 0 },
      completenessThreshold: 0.8,
      isBelowCompletenessThreshold: true,
    });
    expect(quality?.lastDeliveries.map((delivery) => delivery.kind)).toEqual([
      'ASSESSMENTS',
      'HOUSEHOLDS',
      'MEMBERS',
      'PLAN_EVENTS',
      'TEAMS',
    ]);
    expect(quality?.lastDeliveries[0]?.deliveredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('flags a ZRM outcome figure while closure ZRMs are missing, and not once they are delivered', async () => {
    const [flagged] = await figuresOf(officer, 'zrm-mean-change');
    expect(flagged?.value).not.toBeNull();
    expect(flagged?.completeness).toEqual({
      measure: 'zrm-intake-and-closure',
      share: 0.5,
      threshold: 0.8,
      isBelowThreshold: true,
    });
    // A figure that does not rest on ZRMs carries no completeness.
    const [goals] = await figuresOf(officer, 'closed-plans-goals-achieved');
    expect(goals?.value).not.toBeNull();
    expect(goals?.completeness).toBeNull();

    await deliver('assessments', exampleFile('assessments'));
    const [complete] = await figuresOf(officer, 'zrm-mean-change');
    expect(complete?.completeness).toMatchObject({ share: 1, isBelowThreshold: false });
    expect((await qualityAs(officer))?.isBelowCompletenessThreshold).toBe(false);
  });

  it('shows others nothing while the municipality does not publish, and shares only once it does', async () => {
    const institute = await signDevelopmentToken({ role: 'institute' });
    const amsterdam = await signDevelopmentToken({
      role: 'municipality',
      municipalityId: AMSTERDAM,
    });
    expect(await qualityAs(institute)).toBeNull();
    expect(await qualityAs(amsterdam)).toBeNull();
    expect(await listedAs(institute)).toEqual([]);
    // Amsterdam lists its own registration (empty here), not Leeuwarden's.
    expect(await listedAs(amsterdam)).toEqual([AMSTERDAM]);
    expect(await listedAs(officer)).toEqual([LEEUWARDEN]);

    await database.db.execute(
      sql`insert into publication_settings (municipality_id, indicator_group, is_published)
          values (${LEEUWARDEN}, 'outcomes', true)`,
    );
    for (const token of [institute, amsterdam]) {
      const shared = await qualityAs(token);
      // Fewer than 10 plans: withheld as a small number; 10 households: the share, no counts.
      expect(shared?.intakeZrm).toEqual({
        count: null,
        total: null,
        share: null,
        suppression: { reason: 'SMALL_NUMBER' },
      });
      expect(shared?.householdsWithoutDistrictTeam).toEqual({
        count: null,
        total: null,
        share: 0,
        suppression: null,
      });
      expect(shared?.lastDeliveries.every((delivery) => delivery.deliveredAt === null)).toBe(true);
      expect(shared?.lastDeliveries).toHaveLength(5);
    }
    expect(await listedAs(institute)).toEqual([LEEUWARDEN]);
    expect(await listedAs(amsterdam)).toEqual([LEEUWARDEN, AMSTERDAM]);
  });

  it('refuses a period that is not a year or a quarter', async () => {
    const answer = await postGraphQL(gateway, DATA_QUALITY, {
      token: officer,
      variables: { code: LEEUWARDEN, period: '2024-13' },
    });
    expect(codesOf(answer)).toEqual(['BAD_USER_INPUT']);
  });
});
