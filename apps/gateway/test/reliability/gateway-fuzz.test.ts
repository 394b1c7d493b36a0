import { createTestDatabase } from '@wijknet/db/testing';
import fc from 'fast-check';
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
import {
  ask,
  codesOf,
  createGatewayUnderTest,
  problemsWithAnswer,
} from './support/gateway-under-test.js';
import { checksumTables } from './support/table-checksums.js';
import { insertTwoMunicipalities, OWN_MUNICIPALITY } from './support/two-municipalities.js';

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

beforeAll(async () => {
  const fixture = await insertTwoMunicipalities(database.db);
  tokens.push(
    await signDevelopmentToken({ role: 'institute' }),
    await signDevelopmentToken({ role: 'municipality', municipalityId: OWN_MUNICIPALITY }),
    await signDevelopmentToken({
      role: 'team',
      municipalityId: OWN_MUNICIPALITY,
      teamId: fixture.ownTeam.teamId,
    }),
  );
  before = await checksumTables(database.db);
});

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
  publishStory: ['stories'],
  // Publishing changes what a comparison shows, so it raises the publication version too.
  setPublication: ['publication_settings', 'publication_versions'],
};
const acknowledgedWrites = new Set<string>();

/** Sends the request with a token picked by the case and checks the answer's form. */
async function expectWellFormed(request: FuzzRequest, tokenIndex: number): Promise<void> {
  tally.cases += 1;
  const answer = await ask(gateway, { ...request, token: tokens[tokenIndex % tokens.length] });
  expect(problemsWithAnswer(answer), JSON.stringify(request).slice(0, 500)).toEqual([]);
  for (const [field, value] of Object.entries(answer.body?.data ?? {})) {
    if (value !== null && field in TABLES_OF_MUTATION) acknowledgedWrites.add(field);
  }
}

const property = (requests: fc.Arbitrary<FuzzRequest>) =>
  fc.asyncProperty(requests, fc.nat(), expectWellFormed);

describe('the gateway under generated input', () => {
  it('answers every root field with hostile variables with data or coded errors', async () => {
    await fc.assert(property(rootFieldRequest(schema)), { seed: SEED, numRuns: runs(1500) });
  }, 300_000);

  it('answers hostile literals written into the document', async () => {
    await fc.assert(property(inlineLiteralRequest(schema)), { seed: SEED + 1, numRuns: runs(600) });
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
    await fc.assert(property(malformedDocument), { seed: SEED + 3, numRuns: runs(600) });
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
      { seed: SEED + 4, numRuns: runs(400) },
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
    expect(Object.keys(unchanged(before)).length).toBeGreaterThan(5);
    console.info(
      `gateway fuzz: ${tally.cases} generated cases, seed ${SEED}; acknowledged writes: ${[...acknowledgedWrites].join(', ') || 'none'}`,
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
