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

export const Assessment = builder.drizzleObject('assessments', {
  name: 'Assessment',
  description:
    'A ZRM assessment (zelfredzaamheidsmeting) of a household at a date: a score 1-5 per life domain (leefgebied), null where the domain was not scored.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The assessment’s ID.' }),
    planId: t.exposeString('planId', {
      nullable: true,
      description: 'The plan it belongs to, if any.',
    }),
    assessedOn: t.exposeString('assessedOn', { description: 'Date (meetdatum), YYYY-MM-DD.' }),
    moment: t.exposeString('moment', {
      description: 'When in the plan (meetmoment): intake, follow-up or closure.',
    }),
    finances: t.exposeInt('finances', { nullable: true, description: 'Finances (financiën).' }),
    workAndEducation: t.exposeInt('workAndEducation', {
      nullable: true,
      description: 'Work and education (werk & opleiding).',
    }),
    timeUse: t.exposeInt('timeUse', { nullable: true, description: 'Time use (tijdsbesteding).' }),
    housing: t.exposeInt('housing', { nullable: true, description: 'Housing (huisvesting).' }),
    domesticRelations: t.exposeInt('domesticRelations', {
      nullable: true,
      description: 'Domestic relations (huiselijke relaties).',
    }),
    mentalHealth: t.exposeInt('mentalHealth', {
      nullable: true,
      description: 'Mental health (geestelijke gezondheid).',
    }),
    physicalHealth: t.exposeInt('physicalHealth', {
      nullable: true,
      description: 'Physical health (lichamelijke gezondheid).',
    }),
    substanceUse: t.exposeInt('substanceUse', {
      nullable: true,
      description: 'Substance use (middelengebruik).',
    }),
    basicAdl: t.exposeInt('basicAdl', { nullable: true, description: 'Basic ADL (basale ADL).' }),
    instrumentalAdl: t.exposeInt('instrumentalAdl', {
      nullable: true,
      description: 'Instrumental ADL (instrumentele ADL).',
    }),
    socialNetwork: t.exposeInt('socialNetwork', {
      nullable: true,
      description: 'Social network (sociaal netwerk).',
    }),
    socialParticipation: t.exposeInt('socialParticipation', {
      nullable: true,
      description: 'Social participation (maatschappelijke participatie).',
    }),
    justice: t.exposeInt('justice', { nullable: true, description: 'Justice (justitie).' }),
    parenting: t.exposeInt('parenting', {
      nullable: true,
      description: 'Parenting (opvoeding), the supplement for households with minors.',
    }),
  }),
});

builder.drizzleObjectField(Household, 'assessments', (t) =>
  t.relation('assessments', {
    description: 'The household’s ZRM assessments (metingen), oldest first.',
    query: { orderBy: { assessedOn: 'asc' } },
  }),
);

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
