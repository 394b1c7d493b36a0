import {
  ASSESSMENT_MOMENTS,
  calendarDateSchema,
  lifeDomainSchema,
  zrmScoreSchema,
} from '@wijknet/household';
import { CLOSURE_REASONS } from '@wijknet/plan';
import { DISCIPLINES, GENERALIST_DOMAINS, RINGS } from '@wijknet/team';
import { z } from 'zod';

const idSchema = z.string().min(1, 'An identifier may not be empty.');

/** The events teams register (gebeurtenissen) that indicators count. */
export const MONITORED_EVENT_KINDS = [
  'eviction',
  'eviction-prevented',
  'supervision-order',
] as const;

/** A household as outcome monitoring needs it (huishouden): only when it was registered. */
export const householdRecordSchema = z.object({
  id: idSchema,
  /** Registration date (aanmelddatum). */
  registeredOn: calendarDateSchema,
});

/** An escalation of a plan (opschaling) and, once it happened, its de-escalation (afschaling). */
export const escalationRecordSchema = z
  .object({
    escalatedOn: calendarDateSchema,
    deEscalatedOn: calendarDateSchema.nullable().default(null),
  })
  .refine((e) => e.deEscalatedOn === null || e.deEscalatedOn >= e.escalatedOn, {
    error: 'A de-escalation (afschaling) cannot come before its escalation (opschaling).',
  });

/**
 * A plan (plan) reduced to what indicators need: its dates, lead, goal domains, escalations
 * and closure. The plan package derives these from its events.
 */
export const planRecordSchema = z
  .object({
    id: idSchema,
    householdId: idSchema,
    /** The day the plan was opened, at intake (openingsdatum). */
    openedOn: calendarDateSchema,
    /** The day the plan was closed (afsluitdatum); null while open. */
    closedOn: calendarDateSchema.nullable().default(null),
    closureReason: z.enum(CLOSURE_REASONS).nullable().default(null),
    /** The lead worker (regievoerder); null when the plan has none. */
    leadWorkerId: idSchema.nullable().default(null),
    /**
     * The day the lead worker took charge, when the plan became active (activeringsdatum); left
     * out, the lead counts from the opening date.
     */
    leadSince: calendarDateSchema.nullable().default(null),
    /** The life domains the plan has goals on (doel-leefgebieden). */
    goalDomains: z.array(lifeDomainSchema).default([]),
    escalations: z.array(escalationRecordSchema).default([]),
  })
  .superRefine((plan, context) => {
    if (plan.closedOn !== null && plan.closedOn < plan.openedOn) {
      context.addIssue({
        code: 'custom',
        path: ['closedOn'],
        message: `Plan ${plan.id} is closed on ${plan.closedOn}, before it was opened on ${plan.openedOn}.`,
      });
    }
    if ((plan.closedOn === null) !== (plan.closureReason === null)) {
      context.addIssue({
        code: 'custom',
        path: ['closureReason'],
        message: `Plan ${plan.id}: a closed plan needs a closure reason (afsluitreden), an open plan has none.`,
      });
    }
  });

/** A ZRM assessment (ZRM-meting) of the household of a plan: a score per life domain. */
export const assessmentRecordSchema = z.object({
  planId: idSchema,
  assessedOn: calendarDateSchema,
  moment: z.enum(ASSESSMENT_MOMENTS),
  scores: z.partialRecord(lifeDomainSchema, zrmScoreSchema),
});

/** A registered event (gebeurtenis): eviction, eviction prevented or supervision order (OTS). */
export const eventRecordSchema = z.object({
  kind: z.enum(MONITORED_EVENT_KINDS),
  occurredOn: calendarDateSchema,
});

/**
 * A team member (teamlid) as the team figures need it. The end date is the first day the member
 * no longer works in the team.
 */
export const teamMemberRecordSchema = z.object({
  discipline: z.enum(DISCIPLINES),
  /** Core (basisteam) or ring (tijdelijke aanvulling rond het team). */
  ring: z.enum(RINGS),
  /** The generalist domain the member covers (domein), null for other disciplines. */
  generalistDomain: z.enum(GENERALIST_DOMAINS).nullable().default(null),
  /** Contracted hours per week (contracturen): the basis of FTE, 36 hours = 1 fte. */
  contractedHoursPerWeek: z.number().min(0).max(168, 'A week has no more than 168 hours.'),
  /** Hours per week in the team and the wijk (uren in de wijk). */
  hoursInWijkPerWeek: z.number().min(0).max(168, 'A week has no more than 168 hours.'),
  /** The member's first day in the team; left out, the team's start date. */
  startedOn: calendarDateSchema.nullable().default(null),
  endedOn: calendarDateSchema.nullable().default(null),
});

/** A team (sociaal wijkteam) with its members, core and ring, over time. */
export const teamRecordSchema = z
  .object({
    id: idSchema,
    startedOn: calendarDateSchema,
    endedOn: calendarDateSchema.nullable().default(null),
    members: z.array(teamMemberRecordSchema).default([]),
  })
  .refine((team) => team.endedOn === null || team.endedOn >= team.startedOn, {
    error: 'A team cannot end before it started.',
  });

const countSchema = z.number().int().min(0).nullable().default(null);

/** CBS figures of the area a figure is for (gebied): the team's districts, a wijk, a gemeente. */
export const areaFiguresSchema = z.object({
  inhabitants: countSchema,
  households: countSchema,
  /**
   * Inhabitants aged 0–17 (minderjarigen), the CBS count where it is known; left out, figures per
   * minor use the estimate of the registry (estimatedMinors).
   */
  minors: countSchema,
});

/**
 * Everything an indicator is computed from (bronregistraties), already limited by the caller
 * to the area the figure is for (team, district, municipality or nation).
 */
export const monitoringRecordsSchema = z.object({
  households: z.array(householdRecordSchema).default([]),
  plans: z.array(planRecordSchema).default([]),
  assessments: z.array(assessmentRecordSchema).default([]),
  events: z.array(eventRecordSchema).default([]),
  teams: z.array(teamRecordSchema).default([]),
  area: areaFiguresSchema.default({ inhabitants: null, households: null, minors: null }),
});

export type ClosureReason = (typeof CLOSURE_REASONS)[number];
export type HouseholdRecord = z.infer<typeof householdRecordSchema>;
export type PlanRecord = z.infer<typeof planRecordSchema>;
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;
export type MonitoredEventKind = (typeof MONITORED_EVENT_KINDS)[number];
export type EventRecord = z.infer<typeof eventRecordSchema>;
export type TeamRecord = z.infer<typeof teamRecordSchema>;
export type TeamMemberRecord = z.infer<typeof teamMemberRecordSchema>;
export type AreaFigures = z.infer<typeof areaFiguresSchema>;
/** Parsed records, with every default filled in. */
export type MonitoringRecords = z.infer<typeof monitoringRecordsSchema>;
/** Records as a caller may write them: lists and nullable fields may be left out. */
export type MonitoringRecordsInput = z.input<typeof monitoringRecordsSchema>;
