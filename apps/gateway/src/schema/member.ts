import { builder } from '../builder.js';
import { writeReferencedRow, writtenRow } from '../data/write-input-rows.js';
import { Discipline } from './closed-lists.js';

export const Member = builder.drizzleObject('members', {
  name: 'Member',
  description:
    'A team member (teamlid): a professional with a discipline, a membership ring and hours.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The member’s ID.' }),
    discipline: t.field({
      type: Discipline,
      description: 'Discipline (discipline), e.g. SOCIAL_WORKER (maatschappelijk werker).',
      select: { columns: { discipline: true } },
      resolve: (member) => member.discipline as (typeof Discipline)['$inferType'],
    }),
    generalistDomain: t.exposeString('generalistDomain', {
      nullable: true,
      description:
        'Generalist domain of the basic model (basisteam) for a core member: community-development, individual-support or care.',
    }),
    ring: t.exposeString('ring', {
      description: 'Membership ring: core (basisteam) or ring (tijdelijke aanvulling).',
    }),
    contractedHours: t.exposeFloat('contractedHours', {
      description: 'Contracted hours a week (contracturen).',
    }),
    hoursInTeam: t.exposeFloat('hoursInTeam', {
      description: 'Hours a week spent in the team (uren in het team).',
    }),
    hoursInWijk: t.exposeFloat('hoursInWijk', {
      description: 'Hours a week in the team and its districts (uren in de wijk).',
    }),
    secondingOrganisation: t.exposeString('secondingOrganisation', {
      description: 'The organisation that seconds the member (moederorganisatie).',
    }),
    startedOn: t.exposeString('startedOn', { description: 'First day in the team (YYYY-MM-DD).' }),
    endedOn: t.exposeString('endedOn', {
      nullable: true,
      description: 'Last day in the team, if the member left.',
    }),
  }),
});

const MemberInput = builder.inputType('MemberInput', {
  description:
    'A membership of a team (teamlid), as a row of the `members` import (docs/import-formats.md); registering the same reference again updates it.',
  fields: (t) => ({
    memberReference: t.string({
      required: true,
      description: 'Your own code for this membership; never stored, only its keyed hash.',
    }),
    teamReference: t.string({ required: true, description: 'Your own code of the team.' }),
    discipline: t.field({
      type: Discipline,
      required: true,
      description: 'The member’s discipline, e.g. SOCIAL_WORKER or DISTRICT_NURSE.',
    }),
    ring: t.string({ required: true, description: 'core (basisteam) or ring.' }),
    contractedHours: t.float({
      required: true,
      description: 'Contracted hours a week, more than 0 and at most 60.',
    }),
    hoursInWijk: t.float({
      required: true,
      description: 'Hours a week in the team and its districts (uren in de wijk).',
    }),
    secondingOrganisation: t.string({
      required: true,
      description: 'The seconding organisation (moederorganisatie).',
    }),
    startedOn: t.string({ required: true, description: 'First day in the team, YYYY-MM-DD.' }),
    endedOn: t.string({ description: 'First day no longer in the team, YYYY-MM-DD.' }),
  }),
});

builder.mutationField('registerMember', (t) =>
  t.drizzleField({
    type: 'members',
    description:
      'Registers a member of one of your teams, or updates the membership when the reference is known. Needs a municipality or admin token.',
    authScopes: { municipalityWriter: true },
    args: { input: t.arg({ type: MemberInput, required: true, description: 'What to write.' }) },
    resolve: async (query, _root, { input }, context) => {
      const id = await writeReferencedRow(context, 'members', input, {
        row: 'member',
        reference: input.memberReference,
      });
      return writtenRow(await context.db.query.members.findFirst(query({ where: { id } })));
    },
  }),
);
