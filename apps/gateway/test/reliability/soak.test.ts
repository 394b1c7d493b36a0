import { writeFile } from 'node:fs/promises';
import { queryRows } from '@wijknet/db';
import { createTestDatabase } from '@wijknet/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { signDevelopmentToken } from '../../src/auth/sign-development-token.js';
import { householdIdOf, planIdOf } from './support/household-writes.js';
import { listenOnLoopback } from './support/http-gateway.js';
import { runSoak } from './support/soak.js';
import { insertTwoMunicipalities, OWN_MUNICIPALITY } from './support/two-municipalities.js';

// The soak: mixed reads and writes (registerHousehold and recordPlanEvent mutations), all over HTTP on loopback, for
// WIJKNET_SOAK_SECONDS (15 in CI; `pnpm bench` runs 60 or more). On Postgres when WIJKNET_GATEWAY_TEST_TARGET=postgres and TEST_DATABASE_URL
// is set, else PGlite. With WIJKNET_SOAK_REPORT=<file> the figures are written there as JSON.
const SECONDS = Number(process.env.WIJKNET_SOAK_SECONDS ?? 15);
const target =
  process.env.WIJKNET_GATEWAY_TEST_TARGET === 'postgres' && process.env.TEST_DATABASE_URL
    ? 'postgres'
    : 'pglite';

const database = await createTestDatabase(target);
const fixture = await insertTwoMunicipalities(database.db);
const gateway = await listenOnLoopback(database.db);
afterAll(async () => {
  await gateway.close();
  await database.close();
});

it(
  `stays error-free with a flat heap under ${SECONDS} s of mixed load`,
  async () => {
    const report = await runSoak({
      url: gateway.url,
      durationSeconds: SECONDS,
      districtCode: fixture.ownTeam.districtId,
      tokens: {
        municipality: await signDevelopmentToken({
          role: 'municipality',
          municipalityId: OWN_MUNICIPALITY,
        }),
        team: await signDevelopmentToken({
          role: 'team',
          municipalityId: OWN_MUNICIPALITY,
          teamId: fixture.ownTeam.teamId,
        }),
        institute: await signDevelopmentToken({ role: 'institute' }),
      },
    });
    const storedIds = async (table: 'households' | 'plans') =>
      new Set(
        (
          await queryRows<{ id: string }>(
            database.db,
            sql`select id from ${sql.raw(table)} where municipality_id = ${OWN_MUNICIPALITY}`,
          )
        ).map((row) => row.id),
      );
    const households = await storedIds('households');
    const plans = await storedIds('plans');
    const lost = [
      ...report.acknowledgedReferences.filter(
        (reference) => !households.has(householdIdOf(OWN_MUNICIPALITY, reference)),
      ),
      ...report.acknowledgedPlans.filter(
        (reference) => !plans.has(planIdOf(OWN_MUNICIPALITY, reference)),
      ),
    ];
    const { acknowledgedReferences, acknowledgedPlans, ...figures } = report;
    const writesAcknowledged = acknowledgedReferences.length + acknowledgedPlans.length;
    console.info(
      `soak (${target}): ${JSON.stringify({ ...figures, writesAcknowledged, plansOpened: acknowledgedPlans.length, writesLost: lost.length })}`,
    );
    if (process.env.WIJKNET_SOAK_REPORT) {
      await writeFile(
        process.env.WIJKNET_SOAK_REPORT,
        JSON.stringify(
          {
            target,
            ...figures,
            writesAcknowledged,
            plansOpened: acknowledgedPlans.length,
            writesLost: lost.length,
          },
          null,
          2,
        ),
      );
    }
    expect(report.firstErrors).toEqual([]);
    expect(report.errors).toBe(0);
    expect(writesAcknowledged).toBe(report.writes);
    expect(acknowledgedPlans.length).toBeGreaterThan(0);
    expect(lost).toEqual([]);
    expect(report.requests).toBeGreaterThan(SECONDS * 10);
    expect(report.heapGrowth).toBeLessThan(0.1);
  },
  (SECONDS + 60) * 1000,
);
