import { readStories, type StoryRow } from '@wijknet/db';
import { LIFE_DOMAINS, type LifeDomain, lifeDomainLabel } from '@wijknet/household';
import { periodsWithin } from '../benchmark/range-periods.js';
import { builder } from '../builder.js';
import { BilingualText } from './bilingual-text-ref.js';
import { periodArgument } from './codes.js';
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
      from: t.arg.string({
        required: true,
        description: 'First period, e.g. 2025-Q1 or 2025.',
        validate: periodArgument,
      }),
      to: t.arg.string({
        required: true,
        description: 'Last period, inclusive.',
        validate: periodArgument,
      }),
    },
    // Row-level security returns the stories of the viewer's own municipality only.
    resolve: (municipality, args, context) =>
      readStories(context.db, {
        municipalityId: municipality.id,
        periods: periodsWithin(args.from, args.to),
      }),
  }),
);
