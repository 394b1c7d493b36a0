import { type CaseloadPlan, today } from '@wijknet/db';
import { isAssessmentOverdue, nextAssessmentDue } from '@wijknet/outcome-monitoring';
import {
  escalationsOf,
  escalationTargetLabel,
  type PlanEvent,
  type EscalationTarget as Target,
} from '@wijknet/plan';
import { type Discipline as DisciplineCode, disciplineLabel } from '@wijknet/team';
import { builder } from '../builder.js';
import { BilingualText, bilingualLabel } from './bilingual-text-ref.js';
import { Discipline, EscalationTarget } from './closed-lists.js';
import { held, Plan } from './plan.js';

type LeadRow = NonNullable<CaseloadPlan['lead']>;

const LeadWorker = builder.objectRef<LeadRow>('LeadWorker').implement({
  description:
    'The member who leads a plan (regievoerder), named by discipline and organisation: wijknet keeps no names of professionals.',
  fields: (t) => ({
    discipline: t.field({
      type: Discipline,
      description: 'Discipline (discipline), e.g. SOCIAL_WORKER (maatschappelijk werker).',
      resolve: (lead) => lead.discipline as (typeof Discipline)['$inferType'],
    }),
    disciplineName: t.field({
      type: BilingualText,
      description: 'The discipline’s name in Dutch and English (maatschappelijk werker).',
      resolve: (lead) => bilingualLabel(disciplineLabel, lead.discipline as DisciplineCode),
    }),
    secondingOrganisation: t.exposeString('secondingOrganisation', {
      description: 'The organisation that seconds the member (moederorganisatie).',
    }),
  }),
});

const AssessmentDue = builder
  .objectRef<{ moment: string; dueOn: string; isOverdue: boolean }>('AssessmentDue')
  .implement({
    description:
      'The ZRM assessment a plan waits for next (volgende meting): at intake, three months after the latest (vervolgmeting), or at closure.',
    fields: (t) => ({
      moment: t.exposeString('moment', {
        description: 'Which assessment (meetmoment): intake, follow-up or closure.',
      }),
      dueOn: t.exposeString('dueOn', { description: 'The day it is due (YYYY-MM-DD).' }),
      isOverdue: t.exposeBoolean('isOverdue', {
        description: 'Whether that day has passed (te laat).',
      }),
    }),
  });

const Escalation = builder
  .objectRef<{ target: Target; escalatedOn: string; deEscalatedOn: string | null }>('Escalation')
  .implement({
    description:
      'Specialist help brought into a plan (opschaling), and its end (afschaling); the lead stays with the team.',
    fields: (t) => ({
      target: t.field({
        type: EscalationTarget,
        description: 'The help brought in, e.g. MENTAL_HEALTH_CARE (GGZ).',
        resolve: (escalation) => escalation.target,
      }),
      targetName: t.field({
        type: BilingualText,
        description: 'The help’s name in Dutch and English (GGZ).',
        resolve: (escalation) => bilingualLabel(escalationTargetLabel, escalation.target),
      }),
      escalatedOn: t.exposeString('escalatedOn', { description: 'Escalated (opgeschaald) on.' }),
      deEscalatedOn: t.exposeString('deEscalatedOn', {
        nullable: true,
        description: 'De-escalated (afgeschaald) on; null while the help goes on.',
      }),
    }),
  });

/** The stored escalation events of a plan as @wijknet/plan's events. */
function escalationEventsOf(plan: CaseloadPlan): PlanEvent[] {
  return plan.events.flatMap((event): PlanEvent[] => {
    if (event.type === 'escalated') {
      const { target } = event.payload as { target: Target };
      return [{ type: 'escalated', date: event.occurredOn, target }];
    }
    return event.type === 'de-escalated' ? [{ type: 'de-escalated', date: event.occurredOn }] : [];
  });
}

// What a team lead looks at in the caseload: who leads, what is due next, where help was brought in.
builder.objectFields(Plan, (t) => ({
  teamName: t.string({
    description: 'The name of the lead worker’s team (teamnaam).',
    resolve: (plan) => held(plan.teamName, 'team names'),
  }),
  lead: t.field({
    type: LeadWorker,
    nullable: true,
    description: 'The lead worker (regievoerder); null during intake.',
    resolve: (plan) => held(plan.lead, 'leads'),
  }),
  nextAssessment: t.field({
    type: AssessmentDue,
    nullable: true,
    description:
      'The ZRM assessment the plan waits for next (volgende meting), from the household’s latest; null when a closed plan has its closure assessment. Reading it audits the household as latestAssessment does.',
    resolve: (plan) => {
      const latest = held(plan.latestAssessment, 'latest assessment');
      const due = nextAssessmentDue(
        {
          status: plan.status as 'intake' | 'active' | 'closed',
          openedOn: plan.openedOn,
          closedOn: plan.closedOn,
        },
        latest?.assessedOn ?? null,
      );
      return due && { ...due, isOverdue: isAssessmentOverdue(due, today()) };
    },
  }),
  escalations: t.field({
    type: [Escalation],
    description: 'Every escalation (opschaling) in order, each with its de-escalation.',
    resolve: (plan) => escalationsOf(escalationEventsOf(plan)),
  }),
}));
