import { insertStory, readStories, type StoryRow } from '@wijknet/db';
import { LIFE_DOMAINS, type LifeDomain, lifeDomainLabel } from '@wijknet/household';
import { parseStory, periodsWithin, periodTextSchema } from '@wijknet/outcome-monitoring';
import { builder } from '../builder.js';
import { writingMunicipalityOf, writtenRow } from '../data/write-input-rows.js';
import { GatewayError } from '../errors/gateway-error.js';
import { BilingualText } from './bilingual-text-ref.js';
import { periodRangeArgs } from './codes.js';
import { Municipality } from './municipality.js';

const isLifeDomain = (code: string): code is LifeDomain =>
  (LIFE_DOMAINS as readonly string[]).includes(code);

export const Story = builder.objectRef<StoryRow>('Story').implement({
  description:
    'A story (ervaringsverhaal) by a team about what its work achieved, shown beside the figures. Never identifies a household.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The story’s ID.' }),
    teamName: t.exposeString('teamName', {
      nullable: true,
      description: 'The team that wrote it (teamnaam); null when it is not tied to a team.',
    }),
    period: t.exposeString('period', {
      description: 'The period it is about (periode): 2025-Q3 or 2025.',
    }),
    title: t.exposeString('title', { description: 'Title (titel).' }),
    body: t.exposeString('body', { description: 'The text (verhaal).' }),
    lifeDomainCodes: t.stringList({
      description:
        'The life domains (leefgebieden) it is about, as codes (e.g. finances, housing).',
      resolve: (story) => [...story.lifeDomains],
    }),
    lifeDomains: t.field({
      type: [BilingualText],
      description: 'The life domains (leefgebieden) it is about, named in Dutch and English.',
      resolve: (story) =>
        story.lifeDomains.filter(isLifeDomain).map((domain) => ({
          nl: lifeDomainLabel(domain, 'nl'),
          en: lifeDomainLabel(domain, 'en'),
        })),
    }),
  }),
});

builder.objectField(Municipality, 'stories', (t) =>
  t.field({
    type: [Story],
    description:
      'Stories (ervaringsverhalen) of the municipality’s teams about the quarters and years in a range, newest first. Stories are not yet published beyond the municipality: only its own tokens (municipality, team, admin) see them; for anyone else the list is empty.',
    authScopes: { authenticated: true },
    args: {
      ...periodRangeArgs(t.arg),
    },
    // Row-level security returns the stories of the viewer's own municipality only.
    resolve: (municipality, args, context) =>
      readStories(context.db, {
        municipalityId: municipality.id,
        periods: periodsWithin(args.from, args.to),
      }),
  }),
);

const StoryInput = builder.inputType('StoryInput', {
  description:
    'A story (ervaringsverhaal) by a team: what its work achieved, for a period and life domains. Texts that look like they hold a BSN, e-mail address or phone number are refused.',
  fields: (t) => ({
    teamId: t.id({ required: true, description: 'The team that tells it.' }),
    period: t.string({ required: true, description: 'The period it is about: 2025-Q3 or 2025.' }),
    lifeDomains: t.stringList({
      required: true,
      description: 'Life domain codes (leefgebieden), at least one, e.g. finances, housing.',
    }),
    title: t.string({ required: true, description: 'Title, 3 to 120 characters.' }),
    text: t.string({ required: true, description: 'The story, 40 to 4,000 characters.' }),
  }),
});

builder.mutationField('publishStory', (t) =>
  t.field({
    type: Story,
    description:
      'Adds a story (ervaringsverhaal) of one of your teams beside the figures (a team token: of its own team), checked by @wijknet/outcome-monitoring.',
    authScopes: { tenant: true },
    args: { input: t.arg({ type: StoryInput, required: true, description: 'What to write.' }) },
    resolve: async (_root, { input }, context) => {
      const municipalityId = writingMunicipalityOf(context);
      const story = parseStory({ ...input, teamId: String(input.teamId) });
      const { viewer } = context;
      if (
        viewer.kind === 'authenticated' &&
        viewer.role === 'team' &&
        viewer.teamId !== story.teamId
      ) {
        throw new GatewayError(
          'FORBIDDEN',
          'A team token can only publish its own team’s stories.',
        );
      }
      const id = await context.db.transaction((tx) =>
        insertStory(tx as unknown as typeof context.db, { municipalityId, story }),
      );
      const stories = await readStories(context.db, { municipalityId, periods: [story.period] });
      return writtenRow(stories.find((candidate) => candidate.id === id));
    },
  }),
);
