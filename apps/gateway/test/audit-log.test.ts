import type { DatabaseHandle } from '@wijknet/db';
import { createTestDatabase } from '@wijknet/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import type { Gateway } from '../src/create-gateway.js';
import { deliveryAnswerOf, exampleFile, multipartRequest } from './delivery-support.js';
import {
  AMSTERDAM,
  insertFixtures,
  LEEUWARDEN,
  LEEUWARDEN_HOUSEHOLD,
  LEEUWARDEN_PLAN,
  LEEUWARDEN_TEAM,
} from './fixtures.js';
import { codesOf, createTestGateway, fieldOf, postGraphQL, TEST_TARGETS } from './harness.js';

const AUDIT_LOG = /* GraphQL */ `
  query AuditLog($from: String, $to: String, $actor: String, $householdId: ID) {
    auditLog(from: $from, to: $to, actor: $actor, householdId: $householdId) {
      actor role action subjectType subjectIds operation details
    }
  }
`;
const AUDIT_LOG_CSV = /* GraphQL */ `
  query ($householdId: ID) { auditLogCsv(householdId: $householdId) }
`;

interface Entry {
  actor: string;
  role: string;
  action: string;
  subjectType: string;
  subjectIds: string[];
  operation: string | null;
  details: string | null;
}

const today = () => new Date().toISOString().slice(0, 10);

describe.each(TEST_TARGETS)('the audit log on %s', (target) => {
  let database: DatabaseHandle;
  let gateway: Gateway;
  let officer: string;
  let team: string;
  beforeAll(async () => {
    database = await createTestDatabase(target);
    await insertFixtures(database.db);
    gateway = createTestGateway({ database: database.db });
    officer = await signDevelopmentToken({
      role: 'municipality',
      municipalityId: LEEUWARDEN,
      subject: 'privacy@leeuwarden',
    });
    team = await signDevelopmentToken({
      role: 'team',
      municipalityId: LEEUWARDEN,
      teamId: LEEUWARDEN_TEAM,
      subject: 'teamleider-noord',
    });
    // What the log is to show: a team lead reads a plan, the data team reads households and
    // delivers a file of households.
    await postGraphQL(gateway, `query Caseload { plans(first: 5) { edges { node { id } } } }`, {
      token: team,
    });
    await postGraphQL(
      gateway,
      `query Households { households(first: 5) { edges { node { id } } } }`,
      {
        token: officer,
      },
    );
    const delivered = await deliveryAnswerOf(
      await gateway.fetch(
        multipartRequest('http://gateway.test/graphql', {
          kind: 'HOUSEHOLDS',
          fileName: 'huishoudens.csv',
          text: exampleFile('households'),
          token: officer,
        }),
      ),
    );
    expect(delivered.delivery).toMatchObject({ isAccepted: true });
  });
  afterAll(() => database.close());

  const read = async (variables: Record<string, unknown> = {}, token = officer) =>
    fieldOf<Entry[]>(await postGraphQL(gateway, AUDIT_LOG, { token, variables }), 'auditLog');

  it('says who read or wrote what, when and through which operation, newest first', async () => {
    const entries = await read();
    expect(entries.map((entry) => [entry.actor, entry.action, entry.subjectType])).toEqual([
      ['privacy@leeuwarden', 'write', 'household'],
      ['privacy@leeuwarden', 'read', 'household'],
      ['teamleider-noord', 'read', 'plan'],
    ]);
    expect(entries[0]).toMatchObject({
      operation: 'mutation Deliver (deliver)',
      details: expect.stringMatching(/^delivery .*: huishoudens\.csv, 10 rows \(10 new/),
    });
    expect(entries[1]).toMatchObject({
      operation: 'query Households (households)',
      subjectIds: [LEEUWARDEN_HOUSEHOLD],
    });
    expect(entries[2]).toMatchObject({
      role: 'team',
      operation: 'query Caseload (plans)',
      subjectIds: [LEEUWARDEN_PLAN],
    });
  });

  it('filters by household (its plans included), subject and period', async () => {
    const ofHousehold = await read({ householdId: LEEUWARDEN_HOUSEHOLD });
    expect(ofHousehold.map((entry) => entry.subjectType)).toEqual(['household', 'plan']);
    const ofTeamLead = await read({ actor: 'teamleider-noord' });
    expect(ofTeamLead).toHaveLength(1);
    expect(await read({ from: '2000-01-01', to: '2000-12-31' })).toEqual([]);
    expect(await read({ from: today(), to: today() })).toHaveLength(3);
  });

  it('exports the same rows as CSV', async () => {
    const csv = fieldOf<string>(
      await postGraphQL(gateway, AUDIT_LOG_CSV, {
        token: officer,
        variables: { householdId: LEEUWARDEN_HOUSEHOLD },
      }),
      'auditLogCsv',
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'occurred_at,actor,role,action,subject_type,subject_ids,operation,details',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(
      `privacy@leeuwarden,municipality,read,household,${LEEUWARDEN_HOUSEHOLD}`,
    );
  });

  it('is the municipality’s own: other municipalities, team leads and institutes do not read it', async () => {
    const amsterdam = await signDevelopmentToken({ role: 'admin', municipalityId: AMSTERDAM });
    expect(await read({}, amsterdam)).toEqual([]);
    expect(codesOf(await postGraphQL(gateway, AUDIT_LOG, { token: team }))).toEqual(['FORBIDDEN']);
    const institute = await signDevelopmentToken({ role: 'institute' });
    expect(codesOf(await postGraphQL(gateway, AUDIT_LOG, { token: institute }))).toEqual([
      'FORBIDDEN',
    ]);
  });
});
