import { schema } from '@wijknet/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../src/auth/sign-development-token.js';
import {
  codesOf,
  createTestGateway,
  fieldOf,
  type GraphQLResponse,
  postGraphQL,
  testDatabase,
} from './harness.js';

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

describe('a story’s way to the public profile', () => {
  const WRITE = `mutation ($input: StoryInput!) { writeStory(input: $input) { id status teamName } }`;
  const SET = `mutation ($id: ID!, $isPublished: Boolean!) {
    setStoryPublication(storyId: $id, isPublished: $isPublished) { id status } }`;
  const PROFILE = `{ municipality(code: "GM0080") { stories(from: "2025-Q3", to: "2025-Q3") {
    title status teamName } } }`;
  const story = {
    teamId: TEAM,
    period: '2025-Q3',
    lifeDomains: ['housing'],
    title: 'Huisuitzetting voorkomen',
    text: 'Door op tijd met de woningcorporatie om tafel te gaan bleef het gezin in zijn huis wonen.',
  };
  const municipality = () =>
    signDevelopmentToken({ role: 'municipality', municipalityId: LEEUWARDEN });
  const team = () =>
    signDevelopmentToken({ role: 'team', municipalityId: LEEUWARDEN, teamId: TEAM });
  const publicTitles = async (token?: string) =>
    (storiesOf(await postGraphQL(gateway, PROFILE, token ? { token } : {})) ?? []).map(
      (shown) => shown.title,
    );

  it('is written by a team as a draft, published by the municipality, and withdrawn again', async () => {
    const written = await postGraphQL(gateway, WRITE, {
      token: await team(),
      variables: { input: story },
    });
    const draft = fieldOf<{ id: string; status: string; teamName: string }>(written, 'writeStory');
    expect(draft).toMatchObject({ status: 'DRAFT', teamName: 'Frontlijnteam' });
    expect(await publicTitles()).toEqual([]);

    const byTeam = await postGraphQL(gateway, SET, {
      token: await team(),
      variables: { id: draft.id, isPublished: true },
    });
    expect(codesOf(byTeam)).toEqual(['FORBIDDEN']);

    const published = await postGraphQL(gateway, SET, {
      token: await municipality(),
      variables: { id: draft.id, isPublished: true },
    });
    expect(fieldOf(published, 'setStoryPublication')).toEqual({
      id: draft.id,
      status: 'PUBLISHED',
    });
    // Anyone reads it now: a visitor without a token and an institute alike, with its team.
    expect(await publicTitles()).toEqual([story.title]);
    expect(await publicTitles(await signDevelopmentToken({ role: 'institute' }))).toEqual([
      story.title,
    ]);

    await postGraphQL(gateway, SET, {
      token: await municipality(),
      variables: { id: draft.id, isPublished: false },
    });
    expect(await publicTitles()).toEqual([]);
    const own = storiesOf(await postGraphQL(gateway, PROFILE, { token: await municipality() }));
    expect(own).toEqual([{ title: story.title, status: 'WITHDRAWN', teamName: 'Frontlijnteam' }]);
  });

  it('refuses to publish a stored text that identifies someone, and another municipality’s story', async () => {
    const [stored] = await testDatabase.db
      .insert(schema.stories)
      .values({
        municipalityId: LEEUWARDEN,
        teamId: TEAM,
        period: '2025-Q3',
        title: 'Met naam en toenaam',
        body: 'Bel mevrouw gerust op 06-12345678 als u wilt weten hoe het met haar schulden gaat.',
        lifeDomains: ['finances'],
      })
      .returning({ id: schema.stories.id });
    const refused = await postGraphQL(gateway, SET, {
      token: await municipality(),
      variables: { id: stored?.id, isPublished: true },
    });
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.body.errors?.[0]?.message).toMatch(/phone number/);
    expect(await publicTitles()).toEqual([]);

    const amsterdam = await postGraphQL(gateway, SET, {
      token: await signDevelopmentToken({ role: 'municipality', municipalityId: 'GM0363' }),
      variables: { id: stored?.id, isPublished: true },
    });
    expect(codesOf(amsterdam)).toEqual(['NOT_FOUND']);
  });
});
