import { type DatabaseHandle, queryRows } from '@wijknet/db';
import { createTestDatabase, TEST_TARGETS } from '@wijknet/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../../src/auth/sign-development-token.js';
import { deliveryAnswerOf, multipartRequest } from '../delivery-support.js';
import { type HttpGateway, listenOnLoopback } from './support/http-gateway.js';

const MUNICIPALITIES = 20;
const HOUSEHOLDS_PER_FILE = 300;

interface Deliverer {
  readonly municipalityId: string;
  readonly districtId: string;
  readonly token: string;
}

const teamsFile = (deliverer: Deliverer) =>
  `team_reference,name,kind,district_codes,started_on,access_mandate
T-1,Wijkteam ${deliverer.municipalityId},all-ages,${deliverer.districtId},2019-01-01,own-mandate
`;

const householdsFile = (deliverer: Deliverer, batch: number) => {
  const rows = Array.from(
    { length: HOUSEHOLDS_PER_FILE },
    (_, i) =>
      `${deliverer.municipalityId}-${batch}-${i},${deliverer.districtId},2,1,1,27-44,2025-0${(i % 9) + 1}-15,self`,
  );
  return `household_reference,district_code,size,adults,minors,eldest_age_band,registered_on,intake_channel
${rows.join('\n')}
`;
};

describe.each(TEST_TARGETS)('twenty municipalities delivering at once on %s', (target) => {
  let database: DatabaseHandle;
  let server: HttpGateway;
  let deliverers: Deliverer[];
  beforeAll(async () => {
    database = await createTestDatabase(target);
    server = await listenOnLoopback(database.db);
    const rows = await queryRows<{ municipality_id: string; district_id: string }>(
      database.db,
      sql`select distinct on (m.id) m.id as municipality_id, d.id as district_id
            from municipalities m join districts d on d.municipality_id = m.id
           where m.valid_until is null
           order by m.id, d.id
           limit ${MUNICIPALITIES}`,
    );
    deliverers = await Promise.all(
      rows.map(async (row) => ({
        municipalityId: row.municipality_id,
        districtId: row.district_id,
        token: await signDevelopmentToken({
          role: 'municipality',
          municipalityId: row.municipality_id,
        }),
      })),
    );
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  /** Sends one file over HTTP; the rows it acknowledged as new, or the reason it failed. */
  async function send(deliverer: Deliverer, kind: string, text: string): Promise<number> {
    const request = multipartRequest(server.url, {
      kind,
      fileName: `${kind.toLowerCase()}.csv`,
      text,
      token: deliverer.token,
    });
    const answer = await deliveryAnswerOf(await fetch(request));
    if (answer.status !== 200 || answer.delivery?.isAccepted !== true) {
      throw new Error(`${deliverer.municipalityId} ${kind}: ${JSON.stringify(answer)}`);
    }
    return Number(answer.delivery.inserted);
  }

  it('keeps every row it acknowledged, for every municipality', async () => {
    expect(deliverers).toHaveLength(MUNICIPALITIES);
    const acknowledged = await Promise.all(
      deliverers.map(async (deliverer) => {
        const teams = await send(deliverer, 'TEAMS', teamsFile(deliverer));
        // Two files of one municipality at once as well: both go through, one after the other.
        const households = await Promise.all([
          send(deliverer, 'HOUSEHOLDS', householdsFile(deliverer, 1)),
          send(deliverer, 'HOUSEHOLDS', householdsFile(deliverer, 2)),
        ]);
        return { teams, households: households[0] + households[1] };
      }),
    );
    const stored = await queryRows<{ municipality_id: string; households: number; teams: number }>(
      database.db,
      sql`select m.id as municipality_id,
                 (select count(*)::int from households h where h.municipality_id = m.id) as households,
                 (select count(*)::int from teams t where t.municipality_id = m.id) as teams
            from municipalities m
           where m.id = any(${`{${deliverers.map((d) => d.municipalityId).join(',')}}`}::text[])
           order by m.id`,
    );
    expect(stored.map((row) => [row.teams, row.households])).toEqual(
      acknowledged.map((count) => [count.teams, count.households]),
    );
    expect(acknowledged.every((count) => count.households === 2 * HOUSEHOLDS_PER_FILE)).toBe(true);
    const [history] = await queryRows<{ accepted: number }>(
      database.db,
      sql`select count(*)::int as accepted from deliveries where is_accepted`,
    );
    expect(history?.accepted).toBe(3 * MUNICIPALITIES);
  });
});
