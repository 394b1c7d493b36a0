import { beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import { insertFixtures, LEEUWARDEN, LEEUWARDEN_TEAM } from './fixtures.js';
import { codesOf, createTestGateway, postGraphQL, testDatabase } from './harness.js';

const gateway = createTestGateway();
const ISSUER = 'https://login.example.nl/leeuwarden';
const TEAM_NAME = 'Wijkteam Noord';
const CREATE = `mutation ($input: MembershipInput!) {
  createMembership(input: $input) {
    id issuer subject groupName role municipalityCode municipalityName teamId teamName label createdBy
  }
}`;

let admin: string;

beforeAll(async () => {
  await insertFixtures(testDatabase.db);
  admin = await signDevelopmentToken({ role: 'admin', subject: 'operator' });
});

describe('memberships', () => {
  it('lets an admin grant, list and remove memberships', async () => {
    const created = await postGraphQL(gateway, CREATE, {
      token: admin,
      variables: {
        input: {
          issuer: ISSUER,
          subject: 'jelle',
          role: 'TEAM',
          municipalityCode: LEEUWARDEN,
          teamId: LEEUWARDEN_TEAM,
          label: 'Jelle',
        },
      },
    });
    const membership = created.body.data?.createMembership as { id: string };
    expect(membership).toMatchObject({
      issuer: ISSUER,
      subject: 'jelle',
      groupName: null,
      role: 'TEAM',
      municipalityName: 'Leeuwarden',
      teamId: LEEUWARDEN_TEAM,
      teamName: TEAM_NAME,
      createdBy: 'wijknet operator',
    });
    const listed = await postGraphQL(
      gateway,
      '{ memberships { id subject municipalityName teamName } }',
      { token: admin },
    );
    expect(listed.body.data?.memberships).toContainEqual({
      id: membership.id,
      subject: 'jelle',
      municipalityName: 'Leeuwarden',
      teamName: TEAM_NAME,
    });
    const removed = await postGraphQL(
      gateway,
      'mutation ($id: ID!) { removeMembership(id: $id) }',
      {
        token: admin,
        variables: { id: membership.id },
      },
    );
    expect(removed.body.data?.removeMembership).toBe(true);
  });

  it.each([
    [
      'a team that is not the municipality’s',
      { subject: 'a', role: 'TEAM', municipalityCode: 'GM0363', teamId: LEEUWARDEN_TEAM },
      'NOT_FOUND',
    ],
    [
      'both a subject and a group',
      { subject: 'a', groupName: 'g', role: 'INSTITUTE' },
      'BAD_USER_INPUT',
    ],
    [
      'an institute with a municipality',
      { groupName: 'g', role: 'INSTITUTE', municipalityCode: LEEUWARDEN },
      'BAD_USER_INPUT',
    ],
  ])('refuses a membership naming %s', async (_name, input, code) => {
    const response = await postGraphQL(gateway, CREATE, {
      token: admin,
      variables: { input: { issuer: ISSUER, ...input } },
    });
    expect(codesOf(response)).toEqual([code]);
  });

  it('refuses a second membership for the same person', async () => {
    const input = {
      issuer: ISSUER,
      subject: 'twice',
      role: 'MUNICIPALITY',
      municipalityCode: LEEUWARDEN,
    };
    await postGraphQL(gateway, CREATE, { token: admin, variables: { input } });
    const again = await postGraphQL(gateway, CREATE, { token: admin, variables: { input } });
    expect(codesOf(again)).toEqual(['BAD_USER_INPUT']);
  });

  it('names the teams an admin acting for the municipality can choose for a team membership', async () => {
    const leeuwardenAdmin = await signDevelopmentToken({
      role: 'admin',
      municipalityId: LEEUWARDEN,
    });
    const teams = await postGraphQL(
      gateway,
      'query ($code: String!) { membershipTeams(municipalityCode: $code) { id name } }',
      { token: leeuwardenAdmin, variables: { code: LEEUWARDEN } },
    );
    expect(teams.body.data?.membershipTeams).toContainEqual({
      id: LEEUWARDEN_TEAM,
      name: TEAM_NAME,
    });
    const bad = await postGraphQL(
      gateway,
      '{ membershipTeams(municipalityCode: "Leeuwarden") { id } }',
      {
        token: leeuwardenAdmin,
      },
    );
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    // A platform admin without a municipality, or one acting for another, reaches no team.
    for (const [token, code] of [
      [admin, LEEUWARDEN],
      [leeuwardenAdmin, 'GM0363'],
    ] as const) {
      const refused = await postGraphQL(
        gateway,
        'query ($code: String!) { membershipTeams(municipalityCode: $code) { id name } }',
        { token, variables: { code } },
      );
      expect(codesOf(refused)).toEqual(['FORBIDDEN']);
    }
  });

  it('is for admins only', async () => {
    const municipality = await signDevelopmentToken({
      role: 'municipality',
      municipalityId: LEEUWARDEN,
    });
    const response = await postGraphQL(gateway, '{ memberships { id } }', { token: municipality });
    expect(codesOf(response)).toEqual(['FORBIDDEN']);
    const teams = await postGraphQL(
      gateway,
      '{ membershipTeams(municipalityCode: "GM0080") { id } }',
      {
        token: municipality,
      },
    );
    expect(codesOf(teams)).toEqual(['FORBIDDEN']);
  });
});
