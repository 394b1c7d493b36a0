import type { DatabaseHandle } from '@wijknet/db';
import { checksumTables, createTestDatabase, TEST_TARGETS } from '@wijknet/db/testing';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../../src/auth/sign-development-token.js';
import { schema } from '../../src/schema/index.js';
import {
  type Answer,
  ask,
  createGatewayUnderTest,
  problemsWithAnswer,
} from './support/gateway-under-test.js';
import { type ProbeTarget, probeOperations } from './support/probe-operations.js';
import {
  allIdentifiers,
  FOREIGN_MUNICIPALITY,
  householdIdentifiers,
  insertTwoMunicipalities,
  OWN_MUNICIPALITY,
  type TeamRows,
  type TwoMunicipalities,
} from './support/two-municipalities.js';

// The tenancy matrix: every root query and mutation field (read from the schema, so a new one is
// covered without anyone adding it here), for every role, aimed at a foreign municipality and at
// a foreign team. The answer may refuse or be empty; it must never carry a foreign identifier.

// It runs on PGlite, and on Postgres too when TEST_DATABASE_URL is set: the suites below run one
// after the other, each on a database and gateway of its own.
let database: DatabaseHandle;
let gateway: ReturnType<typeof createGatewayUnderTest>;
let fixture: TwoMunicipalities;

const targetOf = (rows: TeamRows): ProbeTarget => ({
  municipalityCode: rows.municipalityId,
  districtCode: rows.districtId,
  teamId: rows.teamId,
  householdId: rows.householdId,
  planId: rows.planId,
  memberId: rows.memberId,
  storyId: rows.storyId,
  // References are resolved in the writing token's own municipality; one set per target.
  referencePrefix: `probe-${rows.teamName.match(/\((\w)\)/)?.[1] ?? 'x'}`,
});

interface RoleCase {
  readonly name: string;
  readonly token: () => Promise<string | undefined>;
  /** The identifiers this role must never receive, whatever it asks. */
  readonly forbidden: (fixture: TwoMunicipalities) => string[];
}

const everyTenantRow = (f: TwoMunicipalities) => [
  ...allIdentifiers(f.ownTeam),
  ...allIdentifiers(f.otherTeam),
  ...allIdentifiers(f.foreignTeam),
];

const ROLE_CASES: readonly RoleCase[] = [
  { name: 'an anonymous caller', token: async () => undefined, forbidden: everyTenantRow },
  {
    name: 'an institute token',
    token: () => signDevelopmentToken({ role: 'institute' }),
    forbidden: everyTenantRow,
  },
  {
    name: 'an admin token without a municipality',
    token: () => signDevelopmentToken({ role: 'admin' }),
    forbidden: everyTenantRow,
  },
  {
    name: 'a municipality token',
    token: () => signDevelopmentToken({ role: 'municipality', municipalityId: OWN_MUNICIPALITY }),
    forbidden: (f) => allIdentifiers(f.foreignTeam),
  },
  {
    name: 'an admin token acting for a municipality',
    token: () => signDevelopmentToken({ role: 'admin', municipalityId: OWN_MUNICIPALITY }),
    forbidden: (f) => allIdentifiers(f.foreignTeam),
  },
  {
    name: 'a team token',
    token: () =>
      signDevelopmentToken({
        role: 'team',
        municipalityId: OWN_MUNICIPALITY,
        teamId: fixture.ownTeam.teamId,
      }),
    forbidden: (f) => [...allIdentifiers(f.foreignTeam), ...householdIdentifiers(f.otherTeam)],
  },
];

/** Whether the role must not write rows of this team's: anything foreign to its own scope. */
function mayNotWrite(role: RoleCase, rows: TeamRows): boolean {
  if (
    role.name === 'a municipality token' ||
    role.name === 'an admin token acting for a municipality'
  ) {
    return rows.municipalityId !== OWN_MUNICIPALITY;
  }
  return true;
}

/** Whether a probe's arguments carry an identifier or code of the team's rows. */
function namesTarget(variables: Record<string, unknown>, rows: TeamRows): boolean {
  const text = JSON.stringify(variables);
  return [
    rows.teamId,
    rows.districtId,
    rows.householdId,
    rows.planId,
    rows.memberId,
    rows.storyId,
  ].some((id) => text.includes(id));
}

/** What the matrix probed, for docs/security.md. */
const tally = { operations: 0, probes: 0, ownWrites: 0, refusedForeignWrites: 0 };

/**
 * The mutation's field in an answer's data: set when the write was made, null when refused. A
 * boolean mutation answers false when there was nothing to change (removeMembership of an unknown
 * id), which writes nothing either.
 */
const writtenField = (answer: Answer, field: string) => {
  const value = answer.body?.data?.[field] ?? null;
  return value === false ? null : value;
};

/**
 * Writes a municipality token's generic probe cannot make, each tested where it can be made:
 * memberships are an admin's (memberships.test.ts), an API key needs its own role and an existing
 * key's id (api-keys.test.ts), and a delivery is a multipart upload (delivery.test.ts). The
 * foreign-row checks below still send them, for every role.
 */
const NOT_PROBED_AS_OWN_WRITES = new Set([
  'createMembership',
  'removeMembership',
  'createApiKey',
  'revokeApiKey',
  'deliver',
]);

describe.each(TEST_TARGETS)('the tenancy matrix on %s', (target) => {
  beforeAll(async () => {
    database = await createTestDatabase(target);
    gateway = createGatewayUnderTest(database.db);
    fixture = await insertTwoMunicipalities(database.db);
    Object.assign(tally, { operations: 0, probes: 0, ownWrites: 0, refusedForeignWrites: 0 });
  });
  afterAll(() => database.close());

  it('probes every root field with a document the schema accepts', () => {
    const probes = probeOperations(schema, targetOf(fixture.foreignTeam));
    const rootFields =
      Object.keys(schema.getQueryType()?.getFields() ?? {}).length +
      Object.keys(schema.getMutationType()?.getFields() ?? {}).length;
    expect(probes).toHaveLength(rootFields);
    for (const probe of probes) {
      expect(validate(schema, parse(probe.document)), probe.document).toEqual([]);
    }
    tally.operations = probes.length;
  });

  it.each(['a municipality token', 'a team token'])(
    'reaches own rows with the same probes for %s (so the matrix is not vacuous)',
    async (roleName) => {
      const role = ROLE_CASES.find((candidate) => candidate.name === roleName);
      const token = await role?.token();
      let seen = '';
      for (const probe of probeOperations(schema, targetOf(fixture.ownTeam))) {
        if (probe.operation === 'mutation') continue;
        const answer = await ask(gateway, {
          query: probe.document,
          variables: probe.variables,
          token,
        });
        expect(problemsWithAnswer(answer), probe.document).toEqual([]);
        expect(answer.text, probe.field).not.toMatch(
          /(depth|cost|aliases|token|directives) limit of \d+/i,
        );
        seen += answer.text;
      }
      expect(seen).toContain(fixture.ownTeam.householdId);
      expect(seen).toContain(fixture.ownTeam.planId);
      expect(seen).toContain(fixture.ownTeam.teamId);
    },
    60_000,
  );

  it('accepts every write probe of a municipality token aimed at its own rows (so the refusals of foreign ones mean something)', async () => {
    const token = await signDevelopmentToken({
      role: 'municipality',
      municipalityId: OWN_MUNICIPALITY,
    });
    const writes = probeOperations(schema, targetOf(fixture.ownTeam)).filter(
      (probe) => probe.operation === 'mutation' && !NOT_PROBED_AS_OWN_WRITES.has(probe.field),
    );
    expect(writes.length).toBeGreaterThan(0);
    // A write may name a row another write registers (a member its team, a plan event its
    // household): send them in rounds until none is accepted anew, whatever their order.
    const accepted = new Set<string>();
    const lastRefusal = new Map<string, string>();
    for (let round = 0; round < writes.length && accepted.size < writes.length; round += 1) {
      for (const probe of writes.filter((candidate) => !accepted.has(candidate.field))) {
        const answer = await ask(gateway, {
          query: probe.document,
          variables: probe.variables,
          token,
        });
        expect(problemsWithAnswer(answer), probe.document).toEqual([]);
        if (writtenField(answer, probe.field) !== null && !answer.body?.errors?.length) {
          accepted.add(probe.field);
        } else {
          lastRefusal.set(probe.field, answer.text.slice(0, 400));
        }
      }
    }
    const neverAccepted = [...lastRefusal].filter(([field]) => !accepted.has(field));
    expect(Object.fromEntries(neverAccepted)).toEqual({});
    expect([...accepted].sort()).toEqual(writes.map((probe) => probe.field).sort());
    tally.ownWrites = accepted.size;
  }, 60_000);

  it.each(ROLE_CASES.map((role) => [role.name, role] as const))(
    'never gives %s a foreign row',
    async (_name, role) => {
      const token = await role.token();
      const forbidden = role.forbidden(fixture);
      const foreignBefore = await checksumTables(database.db, FOREIGN_MUNICIPALITY);
      const leaks: string[] = [];
      for (const rows of [fixture.foreignTeam, fixture.otherTeam]) {
        for (const probe of probeOperations(schema, targetOf(rows))) {
          const answer = await ask(gateway, {
            query: probe.document,
            variables: probe.variables,
            token,
          });
          tally.probes += 1;
          // A write that names a row of the target (its municipality, district, team, ...)
          // where the caller may not write is refused: no row comes back.
          if (
            probe.operation === 'mutation' &&
            mayNotWrite(role, rows) &&
            namesTarget(probe.variables, rows)
          ) {
            if (writtenField(answer, probe.field) !== null) {
              leaks.push(`${probe.field} aimed at ${rows.teamName} was written`);
            } else tally.refusedForeignWrites += 1;
          }
          for (const problem of problemsWithAnswer(answer))
            leaks.push(`${probe.field}: ${problem}`);
          // An identifier the caller sent may be echoed in a refusal ("Team ... is not a team
          // of yours"); that names nothing the caller did not know, so for those only the
          // data is searched. Everything else is searched in the whole body.
          const sent = JSON.stringify(probe.variables);
          const dataText = JSON.stringify(answer.body?.data ?? null);
          for (const identifier of forbidden) {
            const searched = sent.includes(identifier) ? dataText : answer.text;
            if (searched.includes(identifier)) {
              leaks.push(
                `${probe.operation} ${probe.field} aimed at ${rows.teamName} returned ${identifier}`,
              );
            }
          }
        }
      }
      expect(leaks).toEqual([]);
      // A mutation aimed at the foreign municipality must not have changed any of its rows.
      expect(await checksumTables(database.db, FOREIGN_MUNICIPALITY)).toEqual(foreignBefore);
    },
    60_000,
  );

  afterAll(() => {
    console.info(
      `tenancy matrix (${target}): ${tally.operations} root operations x ${ROLE_CASES.length} roles x 2 targets = ${tally.probes} probes; ${tally.refusedForeignWrites} writes naming a foreign row refused; ${tally.ownWrites} write probes accepted on own rows`,
    );
  });
});
