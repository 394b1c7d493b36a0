import type { PlanEvent } from './plan-event.js';
import type { Escalation } from './plan-state.js';

/**
 * A plan's escalations (opschalingen) from its events in order: each escalation with the
 * de-escalation (afschaling) that ended it, the last one open while the specialist help goes on.
 * The events were checked by `applyPlanEvent` when they were recorded, so this only reads them.
 */
export function escalationsOf(events: readonly PlanEvent[]): Escalation[] {
  const escalations: Escalation[] = [];
  for (const event of events) {
    if (event.type === 'escalated') {
      escalations.push({ target: event.target, escalatedOn: event.date, deEscalatedOn: null });
    } else if (event.type === 'de-escalated') {
      const last = escalations.pop();
      if (last) escalations.push({ ...last, deEscalatedOn: event.date });
    }
  }
  return escalations;
}
