import { insertStory, readStories, type StoryRow, setStoryStatus } from '@wijknet/db';
import { LIFE_DOMAINS, type LifeDomain, lifeDomainLabel } from '@wijknet/household';
import {
  benchmarkAccessOf,
  parseStory,
  periodsWithin,
  STORY_STATUSES,
  type StoryStatus as Status,
} from '@wijknet/outcome-monitoring';
import { builder } from '../builder.js';
import { writingMunicipalityOf, writtenRow } from '../data/write-input-rows.js';
import { GatewayError } from '../errors/gateway-error.js';
import { BilingualText, bilingualLabel } from './bilingual-text-ref.js';
import { periodRangeArgs } from './codes.js';
import { Municipality } from './municipality.js';

export const StoryStatus = builder.enumType('StoryStatus', {
  description:
    'Where a story stands on its way to the public (publicatiestatus). Only a published story leaves the municipality.',
  values: {
    DRAFT: { value: 'draft', description: 'Written by a team, not public (concept).' },
    PUBLISHED: {
      value: 'published',
      description: 'Published by the municipality on its public profile (gepubliceerd).',
    },
    WITHDRAWN: {
      value: 'withdrawn',
      description: 'Taken off the public profile again by the municipality (ingetrokken).',
    },
  } as const satisfies Record<string, { value: Status; description: string }>,
});
// Every status of the domain has its GraphQL value.
STORY_STATUSES satisfies readonly (typeof StoryStatus)['$inferType'][];

const isLifeDomain = (code: string): code is LifeDomain =>
  (LIFE_DOMAINS as readonly string[]).includes(code);

const labelOf = (domain: LifeDomain) => bilingualLabel(lifeDomainLabel, domain);

const LifeDomainRef = builder.objectRef<LifeDomain>('LifeDomain').implement({
  description:
    'A life domain (leefgebied) of the Zelfredzaamheid-Matrix (ZRM), or the parenting supplement (opvoeding).',
  fields: (t) => ({
    code: t.string({
      description: 'Its code, as stories and goals use it (e.g. finances).',
      resolve: (domain) => domain,
    }),
    name: t.field({
      type: BilingualText,
      description: 'Its name in Dutch and English.',
      resolve: labelOf,
    }),
  }),
});

builder.queryField('lifeDomains', (t) =>
  t.field({
    type: [LifeDomainRef],
    description:
      'The life domains (leefgebieden) of the ZRM and the parenting supplement, in the matrix’s order. Public reference data.',
    authScopes: { public: true },
    resolve: () => [...LIFE_DOMAINS],
  }),
);

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
    status: t.field({
      type: StoryStatus,
      description: 'Draft, published or withdrawn (publicatiestatus).',
      resolve: (story) => story.status,
    }),
    statusChangedAt: t.exposeString('statusChangedAt', {
      description: 'When it was written, published or withdrawn last (ISO 8601).',
    }),
    lifeDomainCodes: t.stringList({
      description:
        'The life domains (leefgebieden) it is about, as codes (e.g. finances, housing).',
      resolve: (story) => [...story.lifeDomains],
    }),
    lifeDomains: t.field({
      type: [BilingualText],
      description: 'The life domains (leefgebieden) it is about, named in Dutch and English.',
      resolve: (story) => story.lifeDomains.filter(isLifeDomain).map(labelOf),
    }),
  }),
});

builder.objectField(Municipality, 'stories', (t) =>
  t.field({
    type: [Story],
    description:
      'Stories (ervaringsverhalen) of the municipality’s teams about the quarters and years in a range, newest first. Anyone sees the stories the municipality published; its own tokens (municipality, team, admin) see its drafts and withdrawn stories too.',
    authScopes: { public: true },
    args: {
      ...periodRangeArgs(t.arg),
      status: t.arg({
        type: StoryStatus,
        required: false,
        description:
          'Only stories with this status; for anyone but the municipality, only PUBLISHED has any.',
      }),
    },
    resolve: async (municipality, args, context) => {
      const isOwn = benchmarkAccessOf(context.viewer).ownMunicipalityId === municipality.id;
      if (!isOwn && args.status && args.status !== 'published') return [];
      // Row-level security would return another municipality's stories to no one; its published
      // ones come through the published_stories view.
      return readStories(context.db, {
        municipalityId: municipality.id,
        periods: periodsWithin(args.from, args.to),
        isPublishedOnly: !isOwn,
        status: args.status ?? undefined,
      });
    },
  }),
);

const StoryInput = builder.inputType('StoryInput', {
  description:
    'A story (ervaringsverhaal) by a team: what its work achieved, for a period and life domains. Texts that look like they hold a BSN, e-mail address or phone number are refused; a story never names a household.',
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

builder.mutationField('writeStory', (t) =>
  t.field({
    type: Story,
    description:
      'Writes a story (ervaringsverhaal) of one of your teams (a team token: of its own team), checked by @wijknet/outcome-monitoring. It starts as a DRAFT: only your municipality sees it until it publishes it (setStoryPublication).',
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
        throw new GatewayError('FORBIDDEN', 'A team token can only write its own team’s stories.');
      }
      const id = await context.db.transaction((tx) =>
        insertStory(tx as unknown as typeof context.db, { municipalityId, story }),
      );
      const [written] = await readStories(context.db, {
        municipalityId,
        storyId: id,
        isPublishedOnly: false,
      });
      return writtenRow(written);
    },
  }),
);

builder.mutationField('setStoryPublication', (t) =>
  t.field({
    type: Story,
    description:
      'Publishes a story of your municipality on its public profile, beside the figures, or withdraws it; anyone sees the change at once. Needs a municipality or admin token. The text is checked for identities again before it is published.',
    authScopes: { municipalityWriter: true },
    args: {
      storyId: t.arg.id({ required: true, description: 'The story.' }),
      isPublished: t.arg.boolean({
        required: true,
        description: 'Publish (true) or withdraw (false).',
      }),
    },
    resolve: (_root, args, context) => {
      const municipalityId = writingMunicipalityOf(context);
      return context.db.transaction((tx) =>
        setStoryStatus(tx as unknown as typeof context.db, {
          municipalityId,
          storyId: String(args.storyId),
          status: args.isPublished ? 'published' : 'withdrawn',
        }),
      );
    },
  }),
);
