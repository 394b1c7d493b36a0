import type { AuditActor, CaseloadPage, CaseloadPageRequest, Database, Scope } from '@wijknet/db';
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import { tenancyScopeOf } from '../auth/tenancy-scope.js';
import type { GatewayContext } from '../context.js';
import { auditActorOf } from './audit-trail.js';
import { operationLabel } from './operation-label.js';

/**
 * Where a caseload read runs: in the request's transaction, or, in an operation that has none,
 * in a scope of its own (one round trip: begin, set-up, statement, commit).
 */
export function caseloadSource(context: GatewayContext): { db: Database; scope?: Scope } {
  return context.isOwnScope
    ? { db: context.platformDb, scope: tenancyScopeOf(context.viewer) }
    : { db: context.db };
}

/** Who reads, and through what, as the page's audit rows name them; only tenant tokens reach plans. */
export function caseloadActorOf(context: GatewayContext, info: GraphQLResolveInfo): AuditActor {
  const { viewer } = context;
  if (viewer.kind !== 'authenticated' || !viewer.municipalityId)
    throw new Error('a caseload read needs a tenant token (checked by its auth scope)');
  return auditActorOf(viewer, {
    municipalityId: viewer.municipalityId,
    requestId: context.requestId,
    operation: operationLabel(info.operation),
  });
}

/** Every field name a selection asks for, at any depth, fragments followed. */
function addFieldNames(
  selectionSet: SelectionSetNode,
  info: GraphQLResolveInfo,
  names: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.add(selection.name.value);
    const nested =
      selection.kind === Kind.FRAGMENT_SPREAD
        ? info.fragments[selection.name.value]?.selectionSet
        : selection.selectionSet;
    if (nested) addFieldNames(nested, info, names);
  }
}

/** The columns a computed field of a plan, an event or an assessment reads. */
const COMPUTED_FROM: ReadonlyMap<string, readonly string[]> = new Map([
  ['nextAssessment', ['status', 'openedOn', 'closedOn', 'assessedOn']],
  ['escalations', ['type', 'occurredOn', 'payload']],
]);

/**
 * What a page's plans must hold: the relations and the columns the field's selection names. A
 * plan's latest assessment is read, and its household audited, only when asked.
 */
export function caseloadIncludeOf(
  info: GraphQLResolveInfo,
): NonNullable<CaseloadPageRequest['include']> {
  const names = new Set<string>();
  for (const field of info.fieldNodes)
    if (field.selectionSet) addFieldNames(field.selectionSet, info, names);
  // The columns of fields that are computed from others (Plan in schema/plan.ts and
  // plan-follow-up.ts, PlanEvent, Assessment); an exposed field reads the column of its name.
  for (const [field, columns] of COMPUTED_FROM)
    if (names.has(field)) for (const column of columns) names.add(column);
  return {
    fields: names,
    goals: names.has('goals'),
    actions: names.has('actions'),
    // The next assessment is due from the latest one, and shows as much of it.
    latestAssessment: names.has('latestAssessment') || names.has('nextAssessment'),
    teamName: names.has('teamName'),
    lead: names.has('lead'),
  };
}

/** A page read in the request's transaction: its plans, and the households whose assessment it shows. */
export function recordPageReads(context: GatewayContext, page: CaseloadPage): void {
  for (const plan of page.plans) {
    context.audit.record({ action: 'read', subjectType: 'plan', subjectId: plan.id });
    if (plan.latestAssessment)
      context.audit.record({
        action: 'read',
        subjectType: 'household',
        subjectId: plan.householdId,
      });
  }
}
