import { schema } from '@wijknet/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import {
  type BenchmarkFixture,
  insertBenchmarkFixture,
  LEEUWARDEN,
  PREVENTED,
} from './benchmark-fixtures.js';
import { codesOf, createTestGateway, postGraphQL, testDatabase } from './harness.js';

const gateway = createTestGateway();
let fixture: BenchmarkFixture;

beforeAll(async () => {
  fixture = await insertBenchmarkFixture(testDatabase.db);
});

const PEER_GROUP = `
  query ($kind: PeerGroupKind!, $code: ID!, $size: Int) {
    peerGroup(kind: $kind, municipalityCode: $code, size: $size) {
      kind municipalityCode label { nl en }
      members { municipality { code province } reason { nl en } distance }
    }
  }
`;

interface PeerGroup {
  kind: string;
  municipalityCode: string;
  label: { nl: string; en: string };
  members: Array<{
    municipality: { code: string; province: string };
    reason: { nl: string; en: string };
    distance: number | null;
  }>;
}

async function peerGroup(token: string | undefined, variables: Record<string, unknown>) {
  const response = await postGraphQL(gateway, PEER_GROUP, {
    ...(token ? { token } : {}),
    variables,
  });
  return { response, group: response.body.data?.peerGroup as PeerGroup | undefined };
}

describe('peer groups', () => {
  it('draws similar municipalities among those that publish, each with its reason', async () => {
    const { response, group } = await peerGroup(await signDevelopmentToken({ role: 'institute' }), {
      kind: 'SIMILAR',
      code: fixture.publishers[0],
      size: 4,
    });
    expect(response.body.errors).toBeUndefined();
    expect(group?.members).toHaveLength(4);
    for (const member of group?.members ?? []) {
      expect(fixture.publishers).toContain(member.municipality.code);
      expect(member.reason.nl).toMatch(/^Lijkt op /);
      expect(member.reason.en).toMatch(/^Similar to /);
    }
    const distances = group?.members.map((member) => member.distance as number) ?? [];
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('leaves a municipality that publishes nothing out of another’s peer group, but not out of its own', async () => {
    const forInstitute = await peerGroup(await signDevelopmentToken({ role: 'institute' }), {
      kind: 'SIMILAR',
      code: fixture.publishers[1],
      size: 50,
    });
    expect(forInstitute.group?.members.map((member) => member.municipality.code)).not.toContain(
      LEEUWARDEN,
    );
    const forLeeuwarden = await peerGroup(
      await signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN }),
      { kind: 'SIMILAR', code: fixture.publishers[1], size: 50 },
    );
    expect(forLeeuwarden.group?.members.map((member) => member.municipality.code)).toContain(
      LEEUWARDEN,
    );
  });

  it('forms a province group around a municipality, without the municipality itself', async () => {
    const { group } = await peerGroup(
      await signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN }),
      { kind: 'PROVINCE', code: LEEUWARDEN },
    );
    expect(group?.label.nl).toBe('Gemeenten in Fryslân');
    expect(group?.members.map((member) => member.municipality.code)).not.toContain(LEEUWARDEN);
    for (const member of group?.members ?? []) expect(member.municipality.province).toBe('Fryslân');
  });

  it('refuses anonymous callers and unknown municipalities', async () => {
    const anonymous = await peerGroup(undefined, { kind: 'PROVINCE', code: LEEUWARDEN });
    expect(codesOf(anonymous.response)).toEqual(['FORBIDDEN']);
    const unknown = await peerGroup(await signDevelopmentToken({ role: 'institute' }), {
      kind: 'PROVINCE',
      code: 'GM9999',
    });
    expect(codesOf(unknown.response)).toEqual(['NOT_FOUND']);
  });

  it('compares a peer group: the municipality first, then its publishing peers', async () => {
    const response = await postGraphQL(
      gateway,
      `query ($input: CompareInput!) { compare(input: $input) { indicators { periods { figures { municipality { code } suppression { reason } } } } } }`,
      {
        token: await signDevelopmentToken({ role: 'institute' }),
        variables: {
          input: {
            indicatorCodes: [PREVENTED],
            peerGroup: { kind: 'SIMILAR', municipalityCode: LEEUWARDEN, size: 5 },
            granularity: 'YEAR',
            from: '2025',
            to: '2025',
          },
        },
      },
    );
    expect(response.body.errors).toBeUndefined();
    type Figure = { municipality: { code: string }; suppression: { reason: string } | null };
    const compared = response.body.data?.compare as
      | { indicators: Array<{ periods: Array<{ figures: Figure[] }> }> }
      | undefined;
    const figures = compared?.indicators[0]?.periods[0]?.figures;
    expect(figures?.[0]).toEqual({
      municipality: { code: LEEUWARDEN },
      suppression: { reason: 'NOT_PUBLISHED' },
    });
    expect(figures?.slice(1)).toHaveLength(5);
    for (const figure of figures?.slice(1) ?? [])
      expect(fixture.publishers).toContain(figure.municipality.code);
  });
});

describe('the peer group of the same access mandate', () => {
  // Three publishers whose teams mostly hold a derived mandate, two with their own; Leeuwarden,
  // which publishes nothing, has derived-mandate teams too.
  const derived = () => fixture.publishers.slice(0, 3);
  const own = () => fixture.publishers.slice(3, 5);
  beforeAll(async () => {
    const team = (municipalityId: string, mandate: string, name: string) => ({
      municipalityId,
      name,
      kind: 'all-ages',
      mandate,
      startedOn: '2020-01-01',
    });
    const [first] = derived();
    await testDatabase.db
      .insert(schema.teams)
      .values([
        ...derived().map((code) => team(code, 'derived-mandate', 'Wijkteam Noord')),
        team(first as string, 'derived-mandate', 'Wijkteam Zuid'),
        team(first as string, 'own-mandate', 'Jeugdteam'),
        ...own().map((code) => team(code, 'own-mandate', 'Wijkteam Centrum')),
        team(LEEUWARDEN, 'derived-mandate', 'Frontlijnteam'),
        { ...team(LEEUWARDEN, 'own-mandate', 'Opgeheven team'), endedOn: '2023-12-31' },
      ]);
  });

  it('groups the publishers whose current teams mostly hold the same mandate, and says why', async () => {
    const [first, ...others] = derived();
    const { response, group } = await peerGroup(await signDevelopmentToken({ role: 'institute' }), {
      kind: 'ACCESS_MANDATE',
      code: first,
    });
    expect(response.body.errors).toBeUndefined();
    expect(group?.members.map((member) => member.municipality.code)).toEqual(others.sort());
    expect(group?.label.nl).toBe('Gemeenten met als toegang: afgeleid mandaat');
    expect(group?.members[0]?.reason.nl).toBe('Zelfde toegang van de teams: afgeleid mandaat.');
  });

  it('knows a municipality’s own mandate, unpublished, but tells no one else', async () => {
    const forLeeuwarden = await peerGroup(
      await signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN }),
      { kind: 'ACCESS_MANDATE', code: LEEUWARDEN },
    );
    expect(forLeeuwarden.group?.members.map((member) => member.municipality.code)).toEqual(
      derived().sort(),
    );
    const forInstitute = await peerGroup(await signDevelopmentToken({ role: 'institute' }), {
      kind: 'ACCESS_MANDATE',
      code: LEEUWARDEN,
    });
    expect(codesOf(forInstitute.response)).toEqual(['BAD_USER_INPUT']);
    expect(forInstitute.response.body.errors?.[0]?.message).toMatch(
      /mandate of GM0080 is not known/,
    );
    const ownGroup = await peerGroup(await signDevelopmentToken({ role: 'institute' }), {
      kind: 'ACCESS_MANDATE',
      code: own()[0],
    });
    expect(ownGroup.group?.members.map((member) => member.municipality.code)).toEqual(
      own().slice(1),
    );
  });
});
