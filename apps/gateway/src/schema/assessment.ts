import { builder } from '../builder.js';

/** A ZRM score field: 1 (acute problems) to 5 (fully self-reliant), null when not scored. */
const score = (description: string) => ({ nullable: true, description }) as const;

export const Assessment = builder.drizzleObject('assessments', {
  name: 'Assessment',
  description:
    'A ZRM assessment (ZRM-meting) of a household: a score from 1 (acute problems) to 5 (fully self-reliant) per life domain (leefgebied) of the Zelfredzaamheid-Matrix, null where not scored. Every read is written to the audit log.',
  // Household-level data: only tenant tokens, and the read is recorded against the household.
  authScopes: (assessment) => ({
    householdRead: { subjectType: 'household', id: assessment.householdId },
  }),
  select: { columns: { householdId: true } },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The assessment’s ID.' }),
    assessedOn: t.exposeString('assessedOn', { description: 'Date (meetdatum), YYYY-MM-DD.' }),
    moment: t.exposeString('moment', {
      description:
        'Where in the plan it falls (meetmoment): intake, follow-up (tussenmeting) or closure.',
    }),
    finances: t.exposeInt('finances', score('Finances (financiën).')),
    workAndEducation: t.exposeInt(
      'workAndEducation',
      score('Work and education (werk en opleiding).'),
    ),
    timeUse: t.exposeInt('timeUse', score('Time use (tijdsbesteding).')),
    housing: t.exposeInt('housing', score('Housing (huisvesting).')),
    domesticRelations: t.exposeInt(
      'domesticRelations',
      score('Domestic relations (huiselijke relaties).'),
    ),
    mentalHealth: t.exposeInt('mentalHealth', score('Mental health (geestelijke gezondheid).')),
    physicalHealth: t.exposeInt(
      'physicalHealth',
      score('Physical health (lichamelijke gezondheid).'),
    ),
    substanceUse: t.exposeInt('substanceUse', score('Substance use (middelengebruik).')),
    basicAdl: t.exposeInt('basicAdl', score('Basic ADL (basale ADL).')),
    instrumentalAdl: t.exposeInt('instrumentalAdl', score('Instrumental ADL (instrumentele ADL).')),
    socialNetwork: t.exposeInt('socialNetwork', score('Social network (sociaal netwerk).')),
    socialParticipation: t.exposeInt(
      'socialParticipation',
      score('Social participation (maatschappelijke participatie).'),
    ),
    justice: t.exposeInt('justice', score('Justice (justitie).')),
    parenting: t.exposeInt(
      'parenting',
      score('Parenting (opvoeding), scored only for households with minors.'),
    ),
  }),
});
