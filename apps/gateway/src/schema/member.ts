import { builder } from '../builder.js';

export const Member = builder.drizzleObject('members', {
  name: 'Member',
  description:
    'A team member (teamlid): a professional with a discipline, a membership ring and hours.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The member’s ID.' }),
    discipline: t.exposeString('discipline', {
      description: 'Discipline (discipline), e.g. social-worker (maatschappelijk werker).',
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
