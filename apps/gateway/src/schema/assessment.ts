import type { schema as tables } from '@wijknet/db';
import { LIFE_DOMAINS } from '@wijknet/household';
import { builder } from '../builder.js';
import {
  columnOfField,
  fieldOfColumn,
  writeReferencedRow,
  writtenRow,
} from '../data/write-input-rows.js';
import { Household } from './household.js';

/** The assessment's score fields, one per life domain: `workAndEducation` for work-and-education. */
const SCORE_FIELDS = LIFE_DOMAINS.map((domain) => fieldOfColumn(domain.replaceAll('-', '_')));

/** A ZRM score field: 1 (acute problems) to 5 (fully self-reliant), null when not scored. */
const score = (description: string) => ({ nullable: true, description }) as const;

type AssessmentRow = typeof tables.assessments.$inferSelect;

/**
 * Household-level data, reached only through a household or a plan: those fields decide who may
 * read it, and write the read to the audit log against the household.
 */
export const Assessment = builder.objectRef<AssessmentRow>('Assessment').implement({
  description:
    'A ZRM assessment (ZRM-meting) of a household: a score from 1 (acute problems) to 5 (fully self-reliant) per life domain (leefgebied) of the Zelfredzaamheid-Matrix, null where not scored. Every read is written to the audit log.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The assessment’s ID.' }),
    planId: t.exposeString('planId', {
      nullable: true,
      description: 'The plan it was taken for, if any.',
    }),
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

builder.drizzleObjectFields(Household, (t) => ({
  assessments: t.field({
    type: [Assessment],
    description: 'The household’s ZRM assessments (metingen), oldest first.',
    // Loaded with the household, in its statement; the household's read is audited.
    select: { with: { assessments: { orderBy: { assessedOn: 'asc', id: 'asc' } } } },
    resolve: (household) => household.assessments,
  }),
}));

const AssessmentInput = builder.inputType('AssessmentInput', {
  description:
    'A ZRM assessment, as a row of the `assessments` import (docs/import-formats.md): scores 1-5, at least one.',
  fields: (t) => ({
    householdReference: t.string({
      required: true,
      description: 'Your own reference of the household (stored only as its keyed hash).',
    }),
    planReference: t.string({ description: 'Your own reference of the household’s plan.' }),
    assessedOn: t.string({ required: true, description: 'Date of the assessment, YYYY-MM-DD.' }),
    moment: t.string({ required: true, description: 'intake, follow-up or closure.' }),
    ...Object.fromEntries(
      SCORE_FIELDS.map((field) => [
        field,
        t.int({ description: `Score 1-5 on ${columnOfField(field).replaceAll('_', ' ')}.` }),
      ]),
    ),
  }),
});

builder.mutationField('recordAssessment', (t) =>
  t.drizzleField({
    type: 'households',
    description:
      'Records a ZRM assessment (meting) of a household, or corrects the one of that date and moment; returns the household with its assessments. Checked as an import row; the rollups are current when it returns.',
    authScopes: { tenant: true },
    args: {
      input: t.arg({ type: AssessmentInput, required: true, description: 'What to write.' }),
    },
    resolve: async (query, _root, { input }, context) => {
      const id = await writeReferencedRow(context, 'assessments', input, {
        row: 'household',
        reference: input.householdReference,
      });
      return writtenRow(await context.db.query.households.findFirst(query({ where: { id } })));
    },
  }),
);
