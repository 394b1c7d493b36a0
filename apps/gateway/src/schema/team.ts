import { toDomainTeam } from '@wijknet/db';
import { checkComposition } from '@wijknet/team';
import { builder } from '../builder.js';
import { writeReferencedRow, writtenRow } from '../data/write-input-rows.js';
import { uuidArgument } from './codes.js';
import { CURSOR_VALUES, drizzleCursorArgs } from './connection-cursors.js';

const CompositionCheck = builder
  .objectRef<{ check: string; verdict: string; reason: string }>('CompositionCheck')
  .implement({
    description:
      'One check of the basic model (basismodel) on a team’s composition, with a verdict and its reason.',
    fields: (t) => ({
      check: t.exposeString('check', { description: 'Which check, e.g. core-size.' }),
      verdict: t.exposeString('verdict', { description: 'pass, fail or info (oordeel).' }),
      reason: t.exposeString('reason', { description: 'Why, in words (toelichting).' }),
    }),
  });

export const Team = builder.drizzleObject('teams', {
  name: 'Team',
  description: 'A social neighbourhood team (sociaal wijkteam) of one municipality.',
  authScopes: { tenant: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The team’s ID.' }),
    municipalityCode: t.exposeString('municipalityId', {
      description: 'CBS code of the team’s municipality (gemeentecode).',
    }),
    name: t.exposeString('name', { description: 'Name (teamnaam).' }),
    kind: t.exposeString('kind', {
      description:
        'all-ages (0-100 jaar), youth-and-family (jeugd- en gezinsteam) or village (dorpenteam).',
    }),
    mandate: t.exposeString('mandate', {
      description:
        'Access mandate (toegang): referral-only, derived-mandate (afgeleid mandaat) or own-mandate.',
    }),
    startedOn: t.exposeString('startedOn', {
      description: 'Start date; a team needs 2-4 years to settle in (YYYY-MM-DD).',
    }),
    endedOn: t.exposeString('endedOn', { nullable: true, description: 'End date, if any.' }),
    members: t.relation('members', {
      description: 'The members (teamleden), core and ring, past and present.',
      query: { orderBy: { startedOn: 'asc' } },
    }),
    districts: t.relation('districts', { description: 'The districts (wijken) the team serves.' }),
    compositionChecks: t.field({
      type: [CompositionCheck],
      description:
        'The five checks of the basic model on the members on a date (peildatum), from @wijknet/team.',
      args: {
        asOf: t.arg.string({
          required: false,
          description: 'Reference date (peildatum), YYYY-MM-DD; today when left out.',
        }),
        locale: t.arg.string({ required: false, description: 'nl (default) or en.' }),
      },
      select: { with: { members: true, districts: true } },
      resolve: (row, args) => {
        const { team, members } = toDomainTeam(row);
        return checkComposition(team, members, {
          asOf: args.asOf ?? new Date().toISOString().slice(0, 10),
          locale: args.locale === 'en' ? 'en' : 'nl',
        });
      },
    }),
  }),
});

builder.queryFields((t) => ({
  teams: t.drizzleConnection({
    type: 'teams',
    // Ordered by name, then the key (municipality, ID).
    validate: drizzleCursorArgs(
      CURSOR_VALUES.text,
      CURSOR_VALUES.municipalityCode,
      CURSOR_VALUES.uuid,
    ),
    description:
      'The teams (wijkteams) of your municipality. Needs a municipality, team or admin token.',
    authScopes: { tenant: true },
    resolve: (query, _root, _args, context) =>
      context.db.query.teams.findMany(query({ orderBy: { name: 'asc' } })),
  }),
  team: t.drizzleField({
    type: 'teams',
    nullable: true,
    description: 'One team of your municipality by its ID.',
    authScopes: { tenant: true },
    args: {
      id: t.arg.string({ required: true, description: 'The team’s ID.', validate: uuidArgument }),
    },
    resolve: (query, _root, args, context) =>
      context.db.query.teams.findFirst(query({ where: { id: args.id } })),
  }),
}));

const TeamInput = builder.inputType('TeamInput', {
  description:
    'A team (wijkteam), as a row of the `teams` import (docs/import-formats.md); registering the same reference again updates it.',
  fields: (t) => ({
    teamReference: t.string({
      required: true,
      description: 'Your own code for the team (teamcode); never stored, only its keyed hash.',
    }),
    name: t.string({ required: true, description: 'The team’s name (teamnaam).' }),
    kind: t.string({ required: true, description: 'all-ages, youth-and-family or village.' }),
    districtCodes: t.stringList({
      required: true,
      description: 'CBS codes of the districts (wijken) it serves, all of your municipality.',
    }),
    startedOn: t.string({ required: true, description: 'Start date, YYYY-MM-DD.' }),
    accessMandate: t.string({
      required: true,
      description: 'Access mandate (toegang): referral-only, derived-mandate or own-mandate.',
    }),
  }),
});

builder.mutationField('registerTeam', (t) =>
  t.drizzleField({
    type: 'teams',
    description:
      'Registers a team of your municipality, or updates it (its districts included) when the reference is known. Needs a municipality or admin token.',
    authScopes: { municipalityWriter: true },
    args: { input: t.arg({ type: TeamInput, required: true, description: 'What to write.' }) },
    resolve: async (query, _root, { input }, context) => {
      const id = await writeReferencedRow(context, 'teams', input, {
        row: 'team',
        reference: input.teamReference,
      });
      return writtenRow(await context.db.query.teams.findFirst(query({ where: { id } })));
    },
  }),
);
