import { queryRows } from '@wijknet/db';
import { checksumTables, createTestDatabase } from '@wijknet/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../../src/auth/sign-development-token.js';
import { GRAPHQL_PATH } from '../../src/create-gateway.js';
import { schema } from '../../src/schema/index.js';
import { exampleFile, multipartRequest } from '../delivery-support.js';
import { ask, codesOf, createGatewayUnderTest } from './support/gateway-under-test.js';
import { probeOperations } from './support/probe-operations.js';
import { insertTwoMunicipalities, OWN_MUNICIPALITY } from './support/two-municipalities.js';

// Every text a client can send is bounded: 60,000 characters in any argument of any root field
// (read from the schema, so a new one is covered without anyone adding it) are refused naming
// the argument and the limit, and nothing is stored; a text that passes the door (4,000
// characters) is stored by no field but a story's text, each field refusing it with its own limit.
const database = await createTestDatabase('pglite');
afterAll(() => database.close());
const gateway = createGatewayUnderTest(database.db);
const LONG = 'x'.repeat(60_000);
let token: string;
let probes: ReturnType<typeof probeOperations>;

beforeAll(async () => {
  const fixture = await insertTwoMunicipalities(database.db);
  // An admin acting for a municipality may call every root field, memberships included.
  token = await signDevelopmentToken({ role: 'admin', municipalityId: OWN_MUNICIPALITY });
  const rows = fixture.ownTeam;
  probes = probeOperations(schema, {
    municipalityCode: rows.municipalityId,
    districtCode: rows.districtId,
    teamId: rows.teamId,
    householdId: rows.householdId,
    planId: rows.planId,
    memberId: rows.memberId,
    storyId: rows.storyId,
    referencePrefix: 'long',
  });
});

/** Every text in a probe's variables, by its path (`$input.name`, `$input.districtCodes[0]`). */
function textPaths(value: unknown, path: string): string[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value))
    return value.flatMap((item, index) => textPaths(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => textPaths(item, `${path}.${key}`));
  }
  return [];
}

/** The variables with the text at `path` replaced. */
function withText(variables: Record<string, unknown>, path: string, text: string) {
  const copy = structuredClone(variables);
  const steps = path
    .slice(1)
    .split(/\.|\[(\d+)\]/)
    .filter((step) => step !== undefined && step !== '');
  let holder: Record<string, unknown> = copy;
  for (const step of steps.slice(0, -1)) holder = holder[step] as Record<string, unknown>;
  holder[steps.at(-1) as string] = text;
  return copy;
}

/** The mutations that write one row of an import kind, with its cell limits. */
const IMPORT_WRITES = new Set([
  'registerTeam',
  'registerMember',
  'registerHousehold',
  'recordPlanEvent',
  'recordAssessment',
  'recordRegisteredEvent',
]);

const cases = () =>
  probes.flatMap((probe) =>
    Object.entries(probe.variables).flatMap(([name, value]) =>
      textPaths(value, `$${name}`).map((path) => ({ probe, path })),
    ),
  );

describe('60,000 characters in an argument', () => {
  it('are refused in every argument of every root field, naming it and the limit, and nothing is stored', async () => {
    const before = await checksumTables(database.db);
    const all = cases();
    const fields = new Set(all.map(({ probe }) => probe.field));
    for (const { probe, path } of all) {
      const answer = await ask(gateway, {
        query: probe.document,
        variables: withText(probe.variables, path, LONG),
        token,
      });
      expect(codesOf(answer), `${probe.field} ${path}`).toEqual(['BAD_USER_INPUT']);
      expect(answer.body?.errors?.[0]?.message).toBe(
        `${path}: the text has 60,000 characters; no field takes more than 4,000.`,
      );
      expect(answer.body?.data ?? undefined).toBeUndefined();
    }
    expect(await checksumTables(database.db)).toEqual(before);
    // Every mutation and the queries that take text.
    expect(fields.size).toBeGreaterThanOrEqual(20);
    expect(all.length).toBeGreaterThan(60);
    console.info(
      `long inputs: ${all.length} arguments of ${fields.size} root fields refused at 60,000 characters, 0 rows changed`,
    );
  });

  it('are refused written into the document as well, naming the argument', async () => {
    const answer = await ask(gateway, {
      query: `mutation { registerTeam(input: { teamReference: "T-LONG", name: "${LONG}", kind: "all-ages", districtCodes: ["WK008010"], startedOn: "2020-01-01", accessMandate: "own-mandate" }) { id } }`,
      token,
    });
    expect(codesOf(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.body?.errors?.[0]?.message).toMatch(
      /^input\.name: the text has 60,000 characters/,
    );
  });

  it('are refused in a delivered file, as its name or as a cell, and nothing is stored', async () => {
    const before = await checksumTables(database.db);
    const url = `http://gateway.test${GRAPHQL_PATH}`;
    const longName = await gateway.fetch(
      multipartRequest(url, {
        kind: 'TEAMS',
        fileName: `${LONG}.csv`,
        text: exampleFile('teams'),
        token,
      }),
    );
    const named = (await longName.json()) as { errors?: Array<{ message: string }> };
    expect(named.errors?.[0]?.message).toMatch(
      /^file: the file name has 60,004 characters; at most 255/,
    );
    expect(await checksumTables(database.db)).toEqual(before);
    const [header, first, ...rest] = exampleFile('teams').split('\n');
    const longCell = await gateway.fetch(
      multipartRequest(url, {
        kind: 'TEAMS',
        fileName: 'teams.csv',
        text: [header, first?.replace('Frontlijnteam', LONG), ...rest].join('\n'),
        token,
      }),
    );
    const refused = (await longCell.json()) as {
      data?: {
        deliver: {
          isAccepted: boolean;
          problems: Array<{ line: number; column: string; reason: string }>;
        };
      };
    };
    expect(refused.data?.deliver.isAccepted).toBe(false);
    expect(refused.data?.deliver.problems).toContainEqual(
      expect.objectContaining({
        line: 2,
        column: 'name',
        reason: expect.stringMatching(/at most 200/),
      }),
    );
    const teams = await queryRows<{ count: number }>(
      database.db,
      sql`select count(*)::int as count from teams where length(name) > 200`,
    );
    expect(teams[0]?.count).toBe(0);
  });
});

describe('4,000 characters in an argument', () => {
  it('are stored by no field but a story’s text: every other field refuses them with its own limit', async () => {
    let refusedByLimit = 0;
    for (const { probe, path } of cases()) {
      if (probe.operation !== 'mutation') continue;
      const answer = await ask(gateway, {
        query: probe.document,
        variables: withText(probe.variables, path, 'y'.repeat(4_000)),
        token,
      });
      if (!IMPORT_WRITES.has(probe.field)) continue;
      // A mutation that is a one-row import names the field, and its limit where the text is
      // past it (a list of district codes takes more; an enum refuses first).
      const field =
        path
          .split('.')
          .at(-1)
          ?.replace(/\[\d+\]$/, '') ?? '';
      const message = answer.body?.errors?.map((error) => error.message).join(' ') ?? '';
      expect(codesOf(answer), `${probe.field} ${path}`).toEqual(['BAD_USER_INPUT']);
      expect(message, `${probe.field} ${path}`).toMatch(new RegExp(`^${field}: |enum`));
      refusedByLimit += message.startsWith(`${field}: the text has 4,000 characters; at most 200`)
        ? 1
        : 0;
    }
    const texts = await queryRows<{ table_name: string; column_name: string }>(
      database.db,
      sql`select table_name, column_name from information_schema.columns
           where table_schema = 'public' and data_type in ('text', 'character varying')
             and table_name in (select table_name from information_schema.tables
                                 where table_schema = 'public' and table_type = 'BASE TABLE')`,
    );
    const long: string[] = [];
    for (const { table_name: table, column_name: column } of texts) {
      const [row] = await queryRows<{ longest: number | null }>(
        database.db,
        sql`select max(length(${sql.identifier(column)}))::int as longest from ${sql.identifier(table)}`,
      );
      if ((row?.longest ?? 0) >= 4_000) long.push(`${table}.${column}`);
    }
    expect(long).toEqual(['stories.body']);
    expect(refusedByLimit).toBeGreaterThanOrEqual(25);
    console.info(
      `long inputs: ${refusedByLimit} import fields refused 4,000 characters by their limit of 200`,
    );
  });
});
