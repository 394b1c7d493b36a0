import { schema } from '@wijknet/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import {
  GRONINGEN,
  insertBenchmarkFixture,
  LEEUWARDEN,
  QUARTERS_2025,
} from './benchmark-fixtures.js';
import {
  codesOf,
  createTestGateway,
  type GraphQLResponse,
  postGraphQL,
  testDatabase,
} from './harness.js';

const gateway = createTestGateway();

beforeAll(async () => {
  await insertBenchmarkFixture(testDatabase.db);
  const rollup = (
    indicatorCode: string,
    period: string,
    numerator: number,
    denominator: number,
    n: number,
  ) => ({
    municipalityId: LEEUWARDEN,
    level: 'municipality',
    unitId: LEEUWARDEN,
    period,
    indicatorCode,
    numerator,
    denominator,
    n,
  });
  await testDatabase.db
    .insert(schema.indicatorRollups)
    .values([
      ...QUARTERS_2025.map((period, index) =>
        rollup(
          'escalations-de-escalated-within-12-months',
          period,
          [2, 3, 1, 4][index] as number,
          12,
          12,
        ),
      ),
      ...QUARTERS_2025.map((period, index) =>
        rollup('fte-per-10000-inhabitants', period, [10, 10, 12, 12][index] as number, 125_000, 3),
      ),
    ]);
});

const MKBA = `query ($code: String!, $input: SocialCostBenefitInput!) { municipality(code: $code) {
  socialCostBenefit(input: $input) {
    preventedEscalations preventedEvictions preventedSupervisionOrders teamFteMean
    benefitLines { harm count unitCostCents totalCents }
    benefitCents teamCostCents netBalanceCents returnPerEuro
  } } }`;

const input = {
  from: '2025',
  to: '2025',
  preventedSupervisionOrders: 1,
  unitCosts: {
    escalationCents: 1_000_000,
    evictionCents: 700_000,
    supervisionOrderCents: 2_300_000,
    ftePerYearCents: 8_000_000,
  },
};

const resultOf = (response: GraphQLResponse) =>
  (
    response.body.data?.municipality as
      | { socialCostBenefit: Record<string, unknown> | null }
      | undefined
  )?.socialCostBenefit;

describe('social cost-benefit (MKBA)', () => {
  it('values a municipality’s own rolled-up prevented harm at its unit costs against the teams’ cost', async () => {
    const response = await postGraphQL(gateway, MKBA, {
      token: await signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN }),
      variables: { code: LEEUWARDEN, input },
    });
    expect(response.body.errors).toBeUndefined();
    const benefits = 10 * 1_000_000 + 128 * 700_000 + 1 * 2_300_000;
    const costs = (44 * 8_000_000) / 4;
    expect(resultOf(response)).toMatchObject({
      preventedEscalations: 10,
      preventedEvictions: 128,
      preventedSupervisionOrders: 1,
      teamFteMean: 11,
      benefitCents: benefits,
      teamCostCents: costs,
      netBalanceCents: benefits - costs,
      returnPerEuro: benefits / costs,
    });
  });

  it('refuses another municipality’s analysis when its figures are unpublished or too small', async () => {
    const token = await signDevelopmentToken({ role: 'institute' });
    for (const code of [LEEUWARDEN, GRONINGEN]) {
      const response = await postGraphQL(gateway, MKBA, { token, variables: { code, input } });
      expect(codesOf(response)).toEqual(['SUPPRESSED']);
      expect(resultOf(response)).toBeNull();
    }
  });

  it('asks for unit costs in whole cents', async () => {
    const response = await postGraphQL(gateway, MKBA, {
      token: await signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN }),
      variables: {
        code: LEEUWARDEN,
        input: { ...input, unitCosts: { ...input.unitCosts, evictionCents: -5 } },
      },
    });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
  });
});
