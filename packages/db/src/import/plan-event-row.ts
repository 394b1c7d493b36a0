import type { PlanEvent } from '@wijknet/plan';

/** One row: a plan event, with the references it came with (kept in memory only, for messages). */
export interface PlanEventRow {
  readonly planId: string;
  readonly planReference: string;
  readonly event: PlanEvent;
  readonly householdReference: string | undefined;
  readonly householdHash: string | undefined;
  readonly teamReference: string | undefined;
  readonly leadReference: string | undefined;
}
