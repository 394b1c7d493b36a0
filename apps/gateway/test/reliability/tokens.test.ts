import { queryRows, schema as tables, withScope } from '@wijknet/db';
import { createTestDatabase } from '@wijknet/db/testing';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { base64url, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../../src/auth/sign-development-token.js';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../src/auth/token-claims.js';
import { encodeSecret } from '../../src/auth/verify-token.js';
import { DEVELOPMENT_JWT_SECRET } from '../../src/env.js';
import { schema } from '../../src/schema/index.js';
import { ask, codesOf, createGatewayUnderTest } from './support/gateway-under-test.js';
import { householdIdOf, REGISTER_HOUSEHOLD } from './support/household-writes.js';
import { probeOperations } from './support/probe-operations.js';
import {
  insertTwoMunicipalities,
  OWN_MUNICIPALITY,
  type TwoMunicipalities,
} from './support/two-municipalities.js';

const database = await createTestDatabase('pglite');
afterAll(() => database.close());
const gateway = createGatewayUnderTest(database.db);
let fixture: TwoMunicipalities;
beforeAll(async () => {
  fixture = await insertTwoMunicipalities(database.db);
});

const secret = encodeSecret(DEVELOPMENT_JWT_SECRET);
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

/** A token as the gateway would issue it, with any claim or header replaced. */
function craft(claims: Record<string, unknown> = {}, header: Record<string, unknown> = {}) {
  return new SignJWT({
    sub: 'tester',
    iss: TOKEN_ISSUER,
    aud: TOKEN_AUDIENCE,
    exp: inAnHour(),
    role: 'municipality',
    municipality: OWN_MUNICIPALITY,
    ...claims,
  })
    .setProtectedHeader({ alg: 'HS256', ...header })
    .sign(secret);
}

const without = (claim: string) => craft({ [claim]: undefined });

/** A valid token whose payload was edited by hand, keeping the original signature. */
async function escalatedByHand(claims: Record<string, unknown>): Promise<string> {
  const token = await signDevelopmentToken({
    role: 'team',
    municipalityId: OWN_MUNICIPALITY,
    teamId: fixture.ownTeam.teamId,
  });
  const [header, payload, signature] = token.split('.');
  const edited = {
    ...JSON.parse(new TextDecoder().decode(base64url.decode(payload ?? ''))),
    ...claims,
  };
  return [header, base64url.encode(JSON.stringify(edited)), signature].join('.');
}

const PUBLIC_QUESTIONS = [
  '{ municipalities(first: 3) { edges { node { code name } } } }',
  '{ indicators { code } }',
  '{ municipality(code: "GM0080") { name } }',
];

const BAD_TOKENS: Array<[string, () => Promise<string>]> = [
  ['expired', () => craft({ exp: Math.floor(Date.now() / 1000) - 5 })],
  ['not yet valid', () => craft({ nbf: inAnHour() })],
  [
    'signed with another secret',
    () =>
      new SignJWT({ role: 'admin', municipality: OWN_MUNICIPALITY })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('intruder')
        .setIssuer(TOKEN_ISSUER)
        .setAudience(TOKEN_AUDIENCE)
        .setExpirationTime('1h')
        .sign(encodeSecret('a-secret-of-somebody-else-entirely-123456')),
  ],
  [
    'unsigned (alg none)',
    async () =>
      new UnsecuredJWT({ role: 'admin', municipality: OWN_MUNICIPALITY })
        .setSubject('intruder')
        .setIssuer(TOKEN_ISSUER)
        .setAudience(TOKEN_AUDIENCE)
        .setExpirationTime('1h')
        .encode(),
  ],
  [
    'alg none with the signature kept',
    async () => {
      const token = await craft();
      const [, payload, signature] = token.split('.');
      return [base64url.encode('{"alg":"none","typ":"JWT"}'), payload, signature].join('.');
    },
  ],
  ['signed with HS384', () => craft({}, { alg: 'HS384' })],
  [
    'claiming RS256 (algorithm confusion)',
    async () => {
      const token = await craft();
      const [, payload, signature] = token.split('.');
      return [base64url.encode('{"alg":"RS256","typ":"JWT"}'), payload, signature].join('.');
    },
  ],
  ['without sub', () => without('sub')],
  ['without exp', () => without('exp')],
  ['without iss', () => without('iss')],
  ['without aud', () => without('aud')],
  ['without role', () => without('role')],
  ['of another issuer', () => craft({ iss: 'somebody-else' })],
  ['with an unknown role', () => craft({ role: 'superuser' })],
  ['with the role escalated to admin by hand', () => escalatedByHand({ role: 'admin' })],
  ['with the municipality changed by hand', () => escalatedByHand({ municipality: 'GM0363' })],
  [
    'with the team removed by hand',
    () => escalatedByHand({ role: 'municipality', team: undefined }),
  ],
  ['that is empty', async () => ''],
  ['that is three dots', async () => '...'],
];

describe('a request with a bad token', () => {
  it.each(BAD_TOKENS)(
    'is refused as a whole when the token is %s, even for public fields',
    async (_name, make) => {
      const token = await make();
      for (const query of PUBLIC_QUESTIONS) {
        const answer = await ask(gateway, { query, token });
        expect(answer.status, query).toBe(401);
        expect(codesOf(answer)).toEqual(['UNAUTHENTICATED']);
        expect(answer.body?.data).toBeUndefined();
      }
    },
  );

  it('is refused for every change to one character of a valid token (property)', async () => {
    const valid = await signDevelopmentToken({
      role: 'municipality',
      municipalityId: OWN_MUNICIPALITY,
    });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: valid.length - 1 }),
        fc.constantFrom(...alphabet),
        async (position, replacement) => {
          fc.pre(valid[position] !== replacement);
          const token = `${valid.slice(0, position)}${replacement}${valid.slice(position + 1)}`;
          const answer = await ask(gateway, { query: PUBLIC_QUESTIONS[0], token });
          // A changed last character can decode to the same signature bytes (base64 padding
          // bits); only then may the token still pass, and then as exactly the same viewer.
          if (answer.status === 200) {
            expect(base64url.decode(token.split('.')[2] ?? '')).toEqual(
              base64url.decode(valid.split('.')[2] ?? ''),
            );
            return;
          }
          expect(answer.status).toBe(401);
          expect(codesOf(answer)).toEqual(['UNAUTHENTICATED']);
        },
      ),
      { seed: 20251123, numRuns: 300 },
    );
  });
});

describe('a valid token', () => {
  it.each([
    ['anonymous', undefined],
    ['institute', () => signDevelopmentToken({ role: 'institute' })],
    ['admin without a municipality', () => signDevelopmentToken({ role: 'admin' })],
  ] as const)(
    'without tenant rights (%s) is refused household data with FORBIDDEN',
    async (_n, make) => {
      const token = make ? await make() : undefined;
      for (const query of [
        '{ households { edges { node { id } } } }',
        '{ plans { edges { node { id } } } }',
        `{ plan(id: "${fixture.ownTeam.planId}") { id } }`,
      ]) {
        const answer = await ask(gateway, { query, token });
        expect(codesOf(answer), query).toContain('FORBIDDEN');
        expect(answer.text).not.toContain(fixture.ownTeam.householdId);
      }
    },
  );
});

describe('the audit log', () => {
  const auditRowsOf = (actor: string) =>
    database.db.select().from(tables.auditLog).where(eq(tables.auditLog.actor, actor));
  /** The subjects audit rows list, as `type:id`. */
  const subjectsOf = (rows: { subjectType: string; subjectIds: string[] }[]) =>
    rows.flatMap((row) => row.subjectIds.map((id) => `${row.subjectType}:${id}`));

  it('records every household and plan a municipality token reads, in that municipality', async () => {
    const token = await signDevelopmentToken({
      role: 'municipality',
      municipalityId: OWN_MUNICIPALITY,
      subject: 'auditor-municipality',
    });
    const answer = await ask(gateway, {
      query: '{ households { edges { node { id plans { id household { id } } } } } }',
      token,
    });
    expect(codesOf(answer)).toEqual([]);
    const rows = await auditRowsOf('auditor-municipality');
    // One row per kind of subject, listing them all.
    expect(rows.map((row) => row.subjectType).sort()).toEqual(['household', 'plan']);
    const read = subjectsOf(rows).sort();
    expect(read).toEqual(
      [
        `household:${fixture.ownTeam.householdId}`,
        `household:${fixture.otherTeam.householdId}`,
        `plan:${fixture.ownTeam.planId}`,
        `plan:${fixture.otherTeam.planId}`,
      ].sort(),
    );
    expect(
      rows.every((row) => row.municipalityId === OWN_MUNICIPALITY && row.action === 'read'),
    ).toBe(true);
  });

  it('records a team token’s read of one plan by ID', async () => {
    const token = await signDevelopmentToken({
      role: 'team',
      municipalityId: OWN_MUNICIPALITY,
      teamId: fixture.ownTeam.teamId,
      subject: 'auditor-team',
    });
    const answer = await ask(gateway, {
      query: `{ plan(id: "${fixture.ownTeam.planId}") { id status } }`,
      token,
    });
    expect(answer.body?.data?.plan).toMatchObject({ id: fixture.ownTeam.planId });
    const rows = await auditRowsOf('auditor-team');
    expect(subjectsOf(rows)).toEqual([`plan:${fixture.ownTeam.planId}`]);
  });

  it('records the household a municipality token registers, as a write', async () => {
    const token = await signDevelopmentToken({
      role: 'municipality',
      municipalityId: OWN_MUNICIPALITY,
      subject: 'auditor-writer',
    });
    const household = await ask(gateway, {
      query: REGISTER_HOUSEHOLD,
      token,
      variables: {
        input: {
          householdReference: 'AUDIT-1',
          districtCode: fixture.ownTeam.districtId,
          size: 1,
          adults: 1,
          minors: 0,
          eldestAgeBand: '65-74',
          registeredOn: '2025-04-01',
          intakeChannel: 'SELF',
        },
      },
    });
    expect(codesOf(household)).toEqual([]);
    const householdId = householdIdOf(OWN_MUNICIPALITY, 'AUDIT-1');
    const rows = await auditRowsOf('auditor-writer');
    expect(
      rows.flatMap((row) => row.subjectIds.map((id) => `${row.action}:${row.subjectType}:${id}`)),
    ).toContain(`write:household:${householdId}`);
    expect(rows.every((row) => row.municipalityId === OWN_MUNICIPALITY)).toBe(true);
  });

  it('cannot be changed through the API: every mutation, as every tenant role, only adds rows', async () => {
    const auditTable = async () =>
      queryRows<{ row: string }>(
        database.db,
        sql`select (municipality_id, id, occurred_at, actor, role, action, subject_type, subject_ids, details)::text as row from audit_log order by 1`,
      );
    const before = (await auditTable()).map(({ row }) => row);
    const tokens = [
      await signDevelopmentToken({ role: 'municipality', municipalityId: OWN_MUNICIPALITY }),
      await signDevelopmentToken({ role: 'admin', municipalityId: OWN_MUNICIPALITY }),
      await signDevelopmentToken({
        role: 'team',
        municipalityId: OWN_MUNICIPALITY,
        teamId: fixture.ownTeam.teamId,
      }),
    ];
    const target = {
      municipalityCode: fixture.ownTeam.municipalityId,
      districtCode: fixture.ownTeam.districtId,
      teamId: fixture.ownTeam.teamId,
      householdId: fixture.ownTeam.householdId,
      planId: fixture.ownTeam.planId,
      memberId: fixture.ownTeam.memberId,
      storyId: fixture.ownTeam.storyId,
      referencePrefix: 'audit-probe',
    };
    let probes = 0;
    for (const token of tokens) {
      for (const probe of probeOperations(schema, target)) {
        await ask(gateway, { query: probe.document, variables: probe.variables, token });
        probes += 1;
      }
    }
    expect(probes).toBeGreaterThan(0);
    const after = new Set((await auditTable()).map(({ row }) => row));
    // Every row that was there is still there, unchanged; new rows are reads and writes only.
    expect(before.filter((row) => !after.has(row))).toEqual([]);
    const rows = await database.db.select().from(tables.auditLog);
    expect(new Set(rows.map((row) => row.action))).toEqual(new Set(['read', 'write']));
  });

  it('is append-only for the request role: an update or delete is refused by the database', async () => {
    const scope = { role: 'municipality', municipalityId: OWN_MUNICIPALITY } as const;
    for (const statement of [
      sql`update audit_log set actor = 'someone else'`,
      sql`delete from audit_log`,
      sql`truncate audit_log`,
    ]) {
      await expect(
        withScope(database.db, scope, (tx) => tx.execute(statement)),
      ).rejects.toMatchObject({ cause: { code: '42501' } });
    }
    await withScope(database.db, scope, (tx) =>
      tx.insert(tables.auditLog).values({
        municipalityId: OWN_MUNICIPALITY,
        actor: 'append-check',
        role: 'municipality',
        action: 'read',
        subjectType: 'household',
        subjectIds: [fixture.ownTeam.householdId],
      }),
    );
    expect(await auditRowsOf('append-check')).toHaveLength(1);
  });

  it('is read through the privacy officer’s two queries only, and written by no operation of the API', () => {
    const queries = Object.values(schema.getQueryType()?.getFields() ?? {});
    const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
    expect(queries.map((field) => field.name).filter((name) => /audit/i.test(name))).toEqual([
      'auditLog',
      'auditLogCsv',
    ]);
    expect(mutations.map((field) => field.name).filter((name) => /audit/i.test(name))).toEqual([]);
    const typeNames = Object.keys(schema.getTypeMap());
    expect(typeNames.filter((name) => /audit/i.test(name))).toEqual(['AuditLogEntry']);
    // No input type carries an audit row's fields: nothing a client sends can shape one.
    expect(typeNames.filter((name) => /audit/i.test(name) && /Input$/.test(name))).toEqual([]);
  });
});
