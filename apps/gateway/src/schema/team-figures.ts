import { toDomainTeam } from '@wijknet/db';
import {
  computeTeamFigures,
  type DisciplineShare,
  disciplineLabel,
  GENERALIST_DOMAINS,
  generalistDomainLabel,
  type TeamFigures as TeamFiguresShape,
} from '@wijknet/team';
import { builder } from '../builder.js';
import { BilingualText, bilingualLabel } from './bilingual-text-ref.js';
import { Team } from './team.js';

const DisciplineCount = builder.objectRef<DisciplineShare>('DisciplineCount').implement({
  description:
    'How many current members have one discipline (discipline), and their share of the team.',
  fields: (t) => ({
    discipline: t.exposeString('discipline', {
      description: 'Discipline code, e.g. social-worker.',
    }),
    label: t.field({
      type: BilingualText,
      description: 'The discipline’s name (discipline), in Dutch and English.',
      resolve: (entry) => bilingualLabel(disciplineLabel, entry.discipline),
    }),
    count: t.exposeInt('count', { description: 'Current members (aantal).' }),
    share: t.exposeFloat('share', {
      description: 'Share of all current members (aandeel), 0 to 1.',
    }),
  }),
});

type DomainEntry = { domain: (typeof GENERALIST_DOMAINS)[number]; count: number };

const DomainCount = builder.objectRef<DomainEntry>('DomainCount').implement({
  description:
    'Core members covering one generalist domain of the basic model (generalistisch domein).',
  fields: (t) => ({
    domain: t.exposeString('domain', {
      description: 'community-development, individual-support or care.',
    }),
    label: t.field({
      type: BilingualText,
      description: 'The domain’s name (domein), in Dutch and English.',
      resolve: (entry) => bilingualLabel(generalistDomainLabel, entry.domain),
    }),
    count: t.exposeInt('count', { description: 'Core members (aantal kernleden).' }),
  }),
});

const TeamFigures = builder.objectRef<TeamFiguresShape>('TeamFigures').implement({
  description:
    'A team’s derived figures on a reference date (teamkengetallen), from @wijknet/team: core size, FTE, hours in the wijk, FTE per 10,000 inhabitants of its districts, members per domain and discipline mix.',
  fields: (t) => ({
    asOf: t.exposeString('asOf', { description: 'Reference date (peildatum), YYYY-MM-DD.' }),
    memberCount: t.exposeInt('memberCount', {
      description: 'Current members, core and ring (teamleden).',
    }),
    coreSize: t.exposeInt('coreSize', { description: 'Current core members (kerngrootte).' }),
    ringSize: t.exposeInt('ringSize', { description: 'Current ring members (schil).' }),
    fte: t.exposeFloat('fte', {
      description: 'FTE of all current members (formatie), 36 hours = 1 FTE.',
    }),
    hoursInWijkMean: t.float({
      nullable: true,
      description:
        'Mean hours a week in the wijk per core member (uren in de wijk); null without a core.',
      resolve: (figures) => figures.hoursInWijk.meanPerCoreMember,
    }),
    shareCoreAtLeast24Hours: t.float({
      nullable: true,
      description:
        'Share of core members at 24 hours or more in the wijk (aandeel ≥ 24 uur); null without a core.',
      resolve: (figures) => figures.hoursInWijk.shareOfCoreAtLeast24,
    }),
    ftePer10000Inhabitants: t.exposeFloat('ftePer10000Inhabitants', {
      nullable: true,
      description: 'FTE per 10,000 inhabitants of the served districts (fte per 10.000 inwoners).',
    }),
    teamAgeYears: t.exposeFloat('teamAgeYears', {
      nullable: true,
      description: 'Years since the team started (teamleeftijd); null before the start.',
    }),
    isSettlingIn: t.exposeBoolean('isSettlingIn', {
      description:
        'Whether the team is still in the 2–4 years a team needs to settle in (inwerkfase).',
    }),
    membersPerDomain: t.field({
      type: [DomainCount],
      description: 'Core members per generalist domain of the basic model (leden per domein).',
      resolve: (figures) =>
        GENERALIST_DOMAINS.map((domain) => ({ domain, count: figures.membersPerDomain[domain] })),
    }),
    disciplineMix: t.field({
      type: [DisciplineCount],
      description: 'Disciplines present, most frequent first (disciplinemix).',
      resolve: (figures) => figures.disciplineMix,
    }),
  }),
});

builder.drizzleObjectFields(Team, (t) => ({
  figures: t.field({
    type: TeamFigures,
    description:
      'The team’s figures on a reference date (teamkengetallen): the detail only the team’s own municipality sees; others get the aggregates of Municipality.teamProfile.',
    args: {
      asOf: t.arg.string({
        required: false,
        description: 'Reference date (peildatum), YYYY-MM-DD; today when left out.',
      }),
    },
    select: { with: { members: true, districts: true } },
    resolve: (row, args) => {
      const { team, members } = toDomainTeam(row);
      return computeTeamFigures(team, members, {
        asOf: args.asOf ?? new Date().toISOString().slice(0, 10),
        districts: row.districts.map((district) => ({
          code: district.id,
          inhabitants: district.inhabitants,
          households: district.households,
        })),
      });
    },
  }),
}));
