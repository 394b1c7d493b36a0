import { schema } from '@wijknet/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import { createTestGateway, type GraphQLResponse, postGraphQL, testDatabase } from './harness.js';

const storiesOf = (response: GraphQLResponse) =>
  (response.body.data?.municipality as { stories: Array<Record<string, unknown>> } | undefined)
    ?.stories;

const gateway = createTestGateway();
const LEEUWARDEN = 'GM0080';
const TEAM = '77777777-7777-4777-8777-777777777777';

beforeAll(async () => {
  await testDatabase.db.insert(schema.teams).values({
    municipalityId: LEEUWARDEN,
    id: TEAM,
    name: 'Frontlijnteam',
    kind: 'all-ages',
    mandate: 'own-mandate',
    startedOn: '2020-01-01',
  });
  await testDatabase.db.insert(schema.stories).values([
    {
      municipalityId: LEEUWARDEN,
      teamId: TEAM,
      period: '2025-Q2',
      title: 'Schulden geregeld',
      body: 'Samen met de schuldhulpverlener is een betalingsregeling getroffen en de huur betaald.',
      lifeDomains: ['finances', 'housing'],
    },
    {
      municipalityId: LEEUWARDEN,
      teamId: TEAM,
      period: '2023-Q4',
      title: 'Te oud',
      body: 'Dit verhaal valt buiten de gevraagde periode en hoort niet terug te komen.',
      lifeDomains: ['social-network'],
    },
  ]);
});

const STORIES = `{ municipality(code: "GM0080") { stories(from: "2025-Q1", to: "2025-Q4") {
  teamName period title lifeDomainCodes lifeDomains { nl en } } } }`;

describe('stories beside the figures', () => {
  it('shows a municipality its own teams’ stories of the range, with the life domains named', async () => {
    const response = await postGraphQL(gateway, STORIES, {
      token: await signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN }),
    });
    expect(response.body.errors).toBeUndefined();
    const stories = storiesOf(response) ?? [];
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({
      teamName: 'Frontlijnteam',
      period: '2025-Q2',
      title: 'Schulden geregeld',
      lifeDomainCodes: ['finances', 'housing'],
    });
    expect(
      (stories[0]?.lifeDomains as Array<{ nl: string }> | undefined)?.map((label) => label.nl),
    ).toEqual(['Financiën', 'Huisvesting']);
  });

  it('shows no unpublished story to an institute', async () => {
    const response = await postGraphQL(gateway, STORIES, {
      token: await signDevelopmentToken({ role: 'institute' }),
    });
    expect(response.body.errors).toBeUndefined();
    expect(storiesOf(response)).toEqual([]);
  });
});
