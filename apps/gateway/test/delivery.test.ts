import type { DatabaseHandle } from '@wijknet/db';
import { queryRows } from '@wijknet/db';
import { createTestDatabase } from '@wijknet/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import type { Gateway } from '../src/create-gateway.js';
import { MAX_REQUEST_BYTES } from '../src/limits/request-size.js';
import {
  DELIVER,
  deliveryAnswerOf,
  exampleFile,
  type MultipartDelivery,
  multipartRequest,
} from './delivery-support.js';
import { AMSTERDAM, LEEUWARDEN, LEEUWARDEN_TEAM } from './fixtures.js';
import { codesOf, createTestGateway, fieldOf, postGraphQL, TEST_TARGETS } from './harness.js';

const DELIVERIES = /* GraphQL */ `
  query ($from: String!, $to: String!) {
    deliveries(from: $from, to: $to) {
      kind fileName deliveredBy isAccepted rows problemCount problemReportCsv
    }
  }
`;
const COVERAGE = /* GraphQL */ `
  query ($from: String!, $to: String!) {
    deliveryCoverage(from: $from, to: $to) { municipalityCode municipalityName period kinds }
  }
`;

/** The households example with line 4 (the third data row) in a district of Amsterdam. */
function householdsWithOneBadRow(): string {
  const lines = exampleFile('households').trimEnd().split('\n');
  lines[3] = 'ZK-2024-0003,WK036301,4,2,2,45-64,2024-02-05,school';
  return `${lines.join('\n')}\n`;
}

const thisQuarter = () => {
  const now = new Date();
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
};

describe.each(TEST_TARGETS)('deliveries on %s', (target) => {
  let database: DatabaseHandle;
  let gateway: Gateway;
  let municipality: string;
  let admin: string;
  let team: string;
  let institute: string;
  beforeAll(async () => {
    database = await createTestDatabase(target);
    gateway = createTestGateway({
      database: database.db,
      requestSizeLimits: { delivery: 200_000 },
    });
    municipality = await signDevelopmentToken({
      role: 'municipality',
      municipalityId: LEEUWARDEN,
      subject: 'datateam@leeuwarden',
    });
    admin = await signDevelopmentToken({ role: 'admin', municipalityId: AMSTERDAM });
    team = await signDevelopmentToken({
      role: 'team',
      municipalityId: LEEUWARDEN,
      teamId: LEEUWARDEN_TEAM,
    });
    institute = await signDevelopmentToken({ role: 'institute' });
  });
  afterAll(() => database.close());

  const deliver = async (delivery: MultipartDelivery) =>
    deliveryAnswerOf(
      await gateway.fetch(multipartRequest('http://gateway.test/graphql', delivery)),
    );
  const count = async (table: string, municipalityId: string) => {
    const [row] = await queryRows<{ count: number }>(
      database.db,
      sql`select count(*)::int as count from ${sql.raw(table)} where municipality_id = ${municipalityId}`,
    );
    return row?.count;
  };

  it('takes a file in, refuses one with a bad row whole, and takes the fix once', async () => {
    const teams = await deliver({
      kind: 'TEAMS',
      fileName: 'teams.csv',
      text: exampleFile('teams'),
      token: municipality,
    });
    expect(teams).toMatchObject({
      status: 200,
      delivery: { isAccepted: true, rows: 3, inserted: 3, deliveredBy: 'datateam@leeuwarden' },
    });
    const refused = await deliver({
      kind: 'HOUSEHOLDS',
      fileName: 'huishoudens.csv',
      text: householdsWithOneBadRow(),
      token: municipality,
    });
    expect(refused.delivery).toMatchObject({
      isAccepted: false,
      refusalCode: 'invalid-rows',
      problemCount: 1,
      problems: [{ line: 4, column: 'district_code' }],
    });
    expect(refused.delivery?.problemReportCsv).toMatch(/\r\n4,district_code,/);
    expect(await count('households', LEEUWARDEN)).toBe(0);
    const fixed = { kind: 'HOUSEHOLDS', fileName: 'huishoudens.csv', token: municipality };
    const accepted = await deliver({ ...fixed, text: exampleFile('households') });
    expect(accepted.delivery).toMatchObject({ isAccepted: true, inserted: 10, problemCount: 0 });
    const again = await deliver({ ...fixed, text: exampleFile('households') });
    expect(again.delivery).toMatchObject({ isAccepted: true, inserted: 0, unchanged: 10 });
    expect(await count('households', LEEUWARDEN)).toBe(10);
  });

  it('lists the history of the quarter to the municipality, newest first', async () => {
    const history = fieldOf<Array<Record<string, unknown>>>(
      await postGraphQL(gateway, DELIVERIES, {
        token: municipality,
        variables: { from: thisQuarter(), to: thisQuarter() },
      }),
      'deliveries',
    );
    expect(history.map((row) => [row.kind, row.isAccepted])).toEqual([
      ['HOUSEHOLDS', true],
      ['HOUSEHOLDS', true],
      ['HOUSEHOLDS', false],
      ['TEAMS', true],
    ]);
    expect(history[2]).toMatchObject({ fileName: 'huishoudens.csv', rows: 10, problemCount: 1 });
    const amsterdam = await postGraphQL(gateway, DELIVERIES, {
      token: admin,
      variables: { from: thisQuarter(), to: thisQuarter() },
    });
    expect(fieldOf(amsterdam, 'deliveries')).toEqual([]);
  });

  it('tells an institute only which kinds came in, and shows it no history', async () => {
    const coverage = await postGraphQL(gateway, COVERAGE, {
      token: institute,
      variables: { from: thisQuarter(), to: thisQuarter() },
    });
    expect(fieldOf(coverage, 'deliveryCoverage')).toEqual([
      {
        municipalityCode: LEEUWARDEN,
        municipalityName: 'Leeuwarden',
        period: thisQuarter(),
        kinds: ['HOUSEHOLDS', 'TEAMS'],
      },
    ]);
    const history = await postGraphQL(gateway, DELIVERIES, {
      token: institute,
      variables: { from: thisQuarter(), to: thisQuarter() },
    });
    expect(codesOf(history)).toEqual(['FORBIDDEN']);
  });

  it('lets only municipality and admin tokens deliver', async () => {
    const file = { kind: 'TEAMS', fileName: 'teams.csv', text: exampleFile('teams') };
    expect((await deliver({ ...file, token: team })).codes).toEqual(['FORBIDDEN']);
    expect((await deliver({ ...file, token: institute })).codes).toEqual(['FORBIDDEN']);
    expect((await deliver(file)).codes).toEqual(['FORBIDDEN']);
    const byAdmin = await deliver({ ...file, token: admin });
    // Amsterdam's admin delivers Leeuwarden's districts: refused, into Amsterdam's history.
    expect(byAdmin.delivery).toMatchObject({ isAccepted: false, refusalCode: 'invalid-rows' });
    expect(await count('deliveries', AMSTERDAM)).toBe(1);
  });

  it('refuses a multipart post without the CSRF header before it runs', async () => {
    const before = await count('deliveries', LEEUWARDEN);
    const answer = await deliver({
      kind: 'TEAMS',
      fileName: 'teams.csv',
      text: exampleFile('teams'),
      token: municipality,
      withoutCsrfHeader: true,
    });
    expect(answer.status).toBe(403);
    expect(await count('deliveries', LEEUWARDEN)).toBe(before);
  });

  it('holds a file to the delivery limit, and the rest of the request to the ordinary one', async () => {
    const header = exampleFile('households').split('\n')[0];
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `ZK-${i},WK008010,1,1,0,27-44,2024-01-15,self`,
    );
    const tooLarge = await deliver({
      kind: 'HOUSEHOLDS',
      fileName: 'big.csv',
      text: `${header}\n${rows.join('\n')}\n`,
      token: municipality,
    });
    expect(tooLarge.status).toBe(413);
    // The file fits the delivery limit but not the ordinary one: anonymous posts get the latter.
    const midSized = `${header}\n${rows.slice(0, 3000).join('\n')}\n`;
    expect(midSized.length).toBeGreaterThan(MAX_REQUEST_BYTES);
    expect((await deliver({ kind: 'HOUSEHOLDS', fileName: 'm.csv', text: midSized })).status).toBe(
      413,
    );
    const padded = await deliver({
      kind: 'TEAMS',
      fileName: 'teams.csv',
      text: exampleFile('teams'),
      token: municipality,
      query: `${DELIVER}\n#${' '.repeat(MAX_REQUEST_BYTES)}`,
    });
    expect(padded.status).toBe(413);
  });

  it('refuses a file given as a plain variable instead of a part', async () => {
    const answer = await postGraphQL(gateway, DELIVER, {
      token: municipality,
      variables: { kind: 'TEAMS', file: 'team_reference,name\n' },
    });
    expect(codesOf(answer)).toEqual(['BAD_USER_INPUT']);
  });
});
