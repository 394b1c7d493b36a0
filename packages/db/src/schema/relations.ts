import { defineRelations } from 'drizzle-orm';
import * as schema from './index.js';

/** Relations for drizzle's relational queries (v2): a nested read is one SQL statement. */
export const relations = defineRelations(schema, (r) => ({
  municipalities: {
    districts: r.many.districts({ from: r.municipalities.id, to: r.districts.municipalityId }),
  },
  districts: {
    municipality: r.one.municipalities({
      from: r.districts.municipalityId,
      to: r.municipalities.id,
      optional: false,
    }),
  },
  teams: {
    members: r.many.members({
      from: [r.teams.municipalityId, r.teams.id],
      to: [r.members.municipalityId, r.members.teamId],
    }),
    districts: r.many.districts({
      from: r.teams.id.through(r.teamDistricts.teamId),
      to: r.districts.id.through(r.teamDistricts.districtId),
    }),
  },
  members: {
    team: r.one.teams({
      from: [r.members.municipalityId, r.members.teamId],
      to: [r.teams.municipalityId, r.teams.id],
      optional: false,
    }),
  },
  households: {
    plans: r.many.plans({
      from: [r.households.municipalityId, r.households.id],
      to: [r.plans.municipalityId, r.plans.householdId],
    }),
    assessments: r.many.assessments({
      from: [r.households.municipalityId, r.households.id],
      to: [r.assessments.municipalityId, r.assessments.householdId],
    }),
    registeredEvents: r.many.registeredEvents({
      from: [r.households.municipalityId, r.households.id],
      to: [r.registeredEvents.municipalityId, r.registeredEvents.householdId],
    }),
  },
  plans: {
    household: r.one.households({
      from: [r.plans.municipalityId, r.plans.householdId],
      to: [r.households.municipalityId, r.households.id],
      optional: false,
    }),
    events: r.many.planEvents({
      from: [r.plans.municipalityId, r.plans.id],
      to: [r.planEvents.municipalityId, r.planEvents.planId],
    }),
    goals: r.many.goals({
      from: [r.plans.municipalityId, r.plans.id],
      to: [r.goals.municipalityId, r.goals.planId],
    }),
    actions: r.many.actions({
      from: [r.plans.municipalityId, r.plans.id],
      to: [r.actions.municipalityId, r.actions.planId],
    }),
    /** Every assessment of the plan's household, whichever of its plans it was taken for. */
    householdAssessments: r.many.assessments({
      from: [r.plans.municipalityId, r.plans.householdId],
      to: [r.assessments.municipalityId, r.assessments.householdId],
    }),
  },
}));

export type Relations = typeof relations;
