import { checksumTables, createTestDatabase } from '@wijknet/db/testing';
import { INDICATORS } from '@wijknet/outcome-monitoring';
import fc from 'fast-check';
import { getNamedType, isInputObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../../src/auth/sign-development-token.js';
import { schema } from '../../src/schema/index.js';
import {
  abusiveDocument,
  type FuzzRequest,
  inlineLiteralRequest,
  malformedDocument,
  rootFieldRequest,
} from './support/fuzz-documents.js';
import type { KnownValues } from './support/fuzz-values.js';
import {
  ask,
  codesOf,
  createGatewayUnderTest,
  problemsWithAnswer,
} from './support/gateway-under-test.js';
import {
  allIdentifiers,
  FOREIGN_MUNICIPALITY,
  insertTwoMunicipalities,
  OWN_MUNICIPALITY,
} from './support/two-municipalities.js';

// Generated documents and variables against the gateway, seeded so a failure replays. The
// number of runs scales with WIJKNET_FUZZ_SCALE (1 in CI; raise it for a longer hunt).
const SEED = Number(process.env.WIJKNET_FUZZ_SEED ?? 20251123);
const SCALE = Number(process.env.WIJKNET_FUZZ_SCALE ?? 1);
const runs = (count: number) => Math.max(1, Math.round(count * SCALE));

const database = await createTestDatabase('pglite');
afterAll(() => database.close());
const gateway = createGatewayUnderTest(database.db);
const tokens: Array<string | undefined> = [undefined];
let before: Record<string, string>;
let known: KnownValues;

beforeAll(async () => {
  const fixture = await insertTwoMunicipalities(database.db);
  const municipality = await signDevelopmentToken({
    role: 'municipality',
    municipalityId: OWN_MUNICIPALITY,
  });
  tokens.push(
    await signDevelopmentToken({ role: 'institute' }),
    municipality,
    await signDevelopmentToken({
      role: 'team',
      municipalityId: OWN_MUNICIPALITY,
      teamId: fixture.ownTeam.teamId,
    }),
    // An admin acting for the municipality reaches the memberships and API keys too.
    await signDevelopmentToken({ role: 'admin', municipalityId: OWN_MUNICIPALITY }),
  );
  const references = await registerByReference(fixture.ownTeam.districtId, municipality);
  known = {
    ids: [fixture.ownTeam, fixture.otherTeam, fixture.foreignTeam].flatMap(allIdentifiers),
    // CBS codes and the indicator registry's codes: a `code` argument takes one or the other.
    codes: [
      ...INDICATORS.map((indicator) => indicator.code),
      OWN_MUNICIPALITY,
      FOREIGN_MUNICIPALITY,
      fixture.ownTeam.districtId,
      fixture.foreignTeam.districtId,
    ],
    references,
    cursors: await realCursors(municipality),
  };
  before = await checksumTables(database.db);
});

/** A team, member, household and open plan named by references, so writes can name them. */
async function registerByReference(district: string, token: string): Promise<string[]> {
  const writes: Array<[string, string, Record<string, unknown>]> = [
    [
      'registerTeam',
      'TeamInput',
      {
        teamReference: 'FZ-TEAM',
        name: 'Wijkteam Fuzz',
        kind: 'all-ages',
        districtCodes: [district],
        startedOn: '2020-01-01',
        accessMandate: 'own-mandate',
      },
    ],
    [
      'registerMember',
      'MemberInput',
      {
        memberReference: 'FZ-MEMBER',
        teamReference: 'FZ-TEAM',
        discipline: 'SOCIAL_WORKER',
        ring: 'core',
        contractedHours: 32,
        hoursInWijk: 28,
        secondingOrganisation: 'Fuzz',
        startedOn: '2020-01-01',
      },
    ],
    [
      'registerHousehold',
      'HouseholdInput',
      {
        householdReference: 'FZ-HOUSEHOLD',
        districtCode: district,
        size: 2,
        adults: 1,
        minors: 1,
        eldestAgeBand: '27-44',
        registeredOn: '2025-01-02',
        intakeChannel: 'SELF',
      },
    ],
    [
      'recordPlanEvent',
      'PlanEventInput',
      {
        planReference: 'FZ-PLAN',
        householdReference: 'FZ-HOUSEHOLD',
        teamReference: 'FZ-TEAM',
        type: 'OPENED',
        date: '2025-01-03',
      },
    ],
  ];
  for (const [field, type, input] of writes) {
    const answer = await ask(gateway, {
      query: `mutation ($input: ${type}!) { ${field}(input: $input) { id } }`,
      variables: { input },
      token,
    });
    expect(problemsWithAnswer(answer)).toEqual([]);
    expect(answer.body?.errors, field).toBeUndefined();
  }
  return ['FZ-TEAM', 'FZ-MEMBER', 'FZ-HOUSEHOLD', 'FZ-PLAN'];
}

/** Cursors of every root connection's first page, as a client would send them back. */
async function realCursors(token: string): Promise<string[]> {
  const cursors: string[] = [];
  for (const field of ['municipalities', 'households', 'plans', 'teams']) {
    const answer = await ask(gateway, {
      query: `{ ${field}(first: 2) { pageInfo { startCursor endCursor } } }`,
      token,
    });
    const page = answer.body?.data?.[field] as
      | { pageInfo: { startCursor: string | null; endCursor: string | null } }
      | undefined;
    cursors.push(
      ...[page?.pageInfo.startCursor, page?.pageInfo.endCursor].filter(
        (c) => typeof c === 'string',
      ),
    );
  }
  expect(cursors.length).toBeGreaterThanOrEqual(6);
  return cursors;
}

const tally = { cases: 0 };

/** What a write to the rollups changes with them: their public figures and the publication version. */
const ROLLUPS = ['indicator_rollups', 'public_indicator_figures', 'publication_versions'];
/**
 * The tables each mutation may change when the gateway acknowledges it. A generated request
 * can be a valid write (publishing an indicator group is two valid enum and boolean values):
 * those tables may change, and only when the write was acknowledged.
 */
const TABLES_OF_MUTATION: Record<string, readonly string[]> = {
  registerTeam: ['teams', 'team_districts', ...ROLLUPS],
  registerMember: ['members', ...ROLLUPS],
  registerHousehold: ['households', ...ROLLUPS],
  recordPlanEvent: ['plans', 'plan_events', 'goals', 'actions', ...ROLLUPS],
  recordAssessment: ['assessments', ...ROLLUPS],
  recordRegisteredEvent: ['registered_events', ...ROLLUPS],
  writeStory: ['stories'],
  setStoryPublication: ['stories'],
  // Publishing changes what a comparison shows, so it raises the publication version too.
  setPublication: ['publication_settings', 'publication_versions'],
  createMembership: ['access.memberships'],
  removeMembership: ['access.memberships'],
  createApiKey: ['access.api_keys'],
  revokeApiKey: ['access.api_keys'],
  // Reached by the delivery suites only (a multipart part), listed so every mutation is.
  deliver: [
    'deliveries',
    'teams',
    'team_districts',
    'members',
    'households',
    'plans',
    'plan_events',
    'goals',
    'actions',
    'assessments',
    'registered_events',
    ...ROLLUPS,
  ],
};
const acknowledgedWrites = new Set<string>();

/**
 * How often each argument (and each field of an input argument) reached its resolver with a
 * value: the answer has the field's data, or an error raised while executing it (one with a
 * path), not a refusal of the variables before execution.
 */
const reached = new Map<string, number>();

function tallyReached(request: FuzzRequest, answer: Awaited<ReturnType<typeof ask>>): void {
  const { field, variables } = request;
  if (field === undefined || variables === null || typeof variables !== 'object') return;
  const executed =
    (answer.body?.data?.[field] ?? null) !== null ||
    (answer.body?.errors ?? []).some((error) => Array.isArray((error as { path?: unknown }).path));
  if (!executed) return;
  const count = (key: string) => reached.set(key, (reached.get(key) ?? 0) + 1);
  for (const [name, value] of Object.entries(variables)) {
    if (value === undefined || value === null) continue;
    count(`${field}(${name})`);
    if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (item !== undefined && item !== null) count(`${field}(${name}.${key})`);
      }
    }
  }
}

/** Sends the request with a token picked by the case and checks the answer's form. */
async function expectWellFormed(request: FuzzRequest, tokenIndex: number): Promise<void> {
  tally.cases += 1;
  const { field: _field, ...sent } = request;
  const answer = await ask(gateway, { ...sent, token: tokens[tokenIndex % tokens.length] });
  expect(problemsWithAnswer(answer), JSON.stringify(request).slice(0, 500)).toEqual([]);
  for (const [field, value] of Object.entries(answer.body?.data ?? {})) {
    if (value !== null && field in TABLES_OF_MUTATION) acknowledgedWrites.add(field);
  }
  tallyReached(request, answer);
}

const property = (requests: fc.Arbitrary<FuzzRequest>) =>
  fc.asyncProperty(requests, fc.nat(), expectWellFormed);

describe('the gateway under generated input', () => {
  it('answers every root field with hostile variables with data or coded errors', async () => {
    await fc.assert(property(rootFieldRequest(schema, known)), {
      seed: SEED,
      numRuns: runs(6400),
    });
  }, 300_000);

  it('answers hostile literals written into the document', async () => {
    await fc.assert(property(inlineLiteralRequest(schema, known)), {
      seed: SEED + 1,
      numRuns: runs(2000),
    });
  }, 300_000);

  it('refuses deep nesting, alias floods, token floods, fragment cycles and huge variables', async () => {
    await fc.assert(
      fc.asyncProperty(abusiveDocument, fc.nat(), async (request, tokenIndex) => {
        await expectWellFormed(request, tokenIndex);
        const answer = await ask(gateway, {
          ...request,
          token: tokens[tokenIndex % tokens.length],
        });
        // These documents exist only to exhaust the server: none may be executed.
        expect(answer.body?.data ?? undefined).toBeUndefined();
      }),
      { seed: SEED + 2, numRuns: runs(300) },
    );
  }, 300_000);

  it('answers malformed and garbled documents with coded errors', async () => {
    await fc.assert(property(malformedDocument), { seed: SEED + 3, numRuns: runs(1000) });
  }, 300_000);

  it('answers bodies that are not JSON, or JSON of the wrong shape', async () => {
    const body = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.json({ maxDepth: 4 }),
      fc.constantFrom('', '{', 'null', '[]', '[{"query":"{ viewer { role } }"}]', '{"query":1}'),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.nat(), async (rawBody, tokenIndex) => {
        tally.cases += 1;
        const answer = await ask(gateway, { rawBody, token: tokens[tokenIndex % tokens.length] });
        expect(problemsWithAnswer(answer), rawBody.slice(0, 300)).toEqual([]);
      }),
      { seed: SEED + 4, numRuns: runs(700) },
    );
  }, 300_000);

  it('changed no row but those of acknowledged writes (and audit rows)', async () => {
    const after = await checksumTables(database.db);
    const mayChange = new Set([
      'audit_log',
      ...[...acknowledgedWrites].flatMap((field) => TABLES_OF_MUTATION[field] ?? []),
    ]);
    const unchanged = (checksums: Record<string, string>) =>
      Object.fromEntries(Object.entries(checksums).filter(([table]) => !mayChange.has(table)));
    expect(unchanged(after)).toEqual(unchanged(before));
    // Every table of every schema, read from the catalogue, so a new one is covered unasked.
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['access.sessions', 'stories']));
    expect(Object.keys(unchanged(before)).length).toBeGreaterThan(5);
    console.info(
      `gateway fuzz: ${tally.cases} generated cases, seed ${SEED}; ${Object.keys(before).length} tables checked, ${Object.keys(unchanged(before)).length} of them unchanged; acknowledged writes: ${[...acknowledgedWrites].join(', ') || 'none'}`,
    );
  });

  it('knows which tables each mutation of the schema may change', () => {
    // A new mutation left out would have its acknowledged writes counted as unasked changes.
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.filter((field) => !(field in TABLES_OF_MUTATION))).toEqual([]);
    const tables = new Set(Object.keys(before));
    const unknown = Object.values(TABLES_OF_MUTATION)
      .flat()
      .filter((table) => !tables.has(table));
    expect(unknown).toEqual([]);
  });
});

/** Every argument of every root field, and every field of an input argument, as tallied. */
function everyArgument(): string[] {
  const roots = [schema.getQueryType(), schema.getMutationType()];
  return roots.flatMap((root) =>
    Object.values(root?.getFields() ?? {}).flatMap((field) =>
      field.args.flatMap((arg) => {
        const named = getNamedType(arg.type);
        const inner = isInputObjectType(named)
          ? Object.keys(named.getFields()).map((key) => `${field.name}(${arg.name}.${key})`)
          : [];
        return [`${field.name}(${arg.name})`, ...inner];
      }),
    ),
  );
}

/**
 * A delivered file is a part of a multipart request, never a JSON value: a generated variable
 * cannot stand for one, so `deliver` is reached by its own suites (delivery, large delivery).
 */
const ONLY_BY_MULTIPART = /^deliver\(/;

describe('what the generated cases reached', () => {
  it('sent at least 10,000 GraphQL cases and reached every argument of every root field', () => {
    const missing = everyArgument().filter(
      (key) => !ONLY_BY_MULTIPART.test(key) && (reached.get(key) ?? 0) === 0,
    );
    expect(missing).toEqual([]);
    if (SCALE >= 1) expect(tally.cases).toBeGreaterThanOrEqual(10_000);
    const counts = [...reached.values()];
    console.info(
      `gateway fuzz: ${reached.size} arguments reached their resolver, ${Math.min(...counts)} to ${Math.max(...counts)} times each`,
    );
  });
});

describe('arguments that once escaped as INTERNAL', () => {
  // A malformed cursor, `first` and `last` together, or a negative page size (the Relay
  // plugin's refusals), and a NUL character in text (which Postgres cannot store, SQLSTATE
  // 22021, and which came back as INTERNAL with HTTP 500).
  it.each([
    '{ municipalities(first: -1) { edges { node { code } } } }',
    '{ municipalities(province: "Frysl\\u0000n") { edges { node { code } } } }',
    '{ municipalities(after: "not-a-cursor") { edges { node { code } } } }',
    '{ municipalities(before: "bm90LWEtY3Vyc29y") { edges { node { code } } } }',
    '{ municipalities(first: 2, last: 2) { edges { node { code } } } }',
  ])('refuses %s as BAD_USER_INPUT', async (query) => {
    const answer = await ask(gateway, { query });
    expect(codesOf(answer)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a NUL character in a variable as BAD_USER_INPUT, with status 400', async () => {
    const answer = await ask(gateway, {
      query: 'query ($p: String) { municipalities(province: $p) { edges { node { code } } } }',
      variables: { p: 'Frysl\u0000n' },
    });
    expect(codesOf(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.status).toBe(400);
  });
});
