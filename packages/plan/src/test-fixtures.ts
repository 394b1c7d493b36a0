import type { PlanContext } from './plan-context.js';
import type { PlanEventOf } from './plan-event.js';

// Shared by the tests only; not exported from the package.

/** A household in Leeuwarden's district 01 with two children, and the members around it. */
export const CONTEXT: PlanContext = {
  household: { districtCode: 'WK008001', minors: 2 },
  leadCandidates: [
    { memberId: 'anna', ring: 'core', districtCodes: ['WK008001', 'WK008002'] },
    { memberId: 'bram', ring: 'core', districtCodes: ['WK008001'], from: '2024-01-01' },
    { memberId: 'cees', ring: 'ring', districtCodes: ['WK008001'] },
    { memberId: 'dirk', ring: 'core', districtCodes: ['WK008003'] },
    { memberId: 'eva', ring: 'core', districtCodes: ['WK008001'], until: '2025-03-31' },
  ],
};

/** The same household without minors. */
export const CONTEXT_WITHOUT_MINORS: PlanContext = {
  ...CONTEXT,
  household: { ...CONTEXT.household, minors: 0 },
};

export const OPENED: PlanEventOf<'opened'> = {
  type: 'opened',
  date: '2025-01-06',
  planId: 'P-1',
  householdId: 'H-1',
};

export const ACTIVATED: PlanEventOf<'activated'> = {
  type: 'activated',
  date: '2025-01-20',
  leadMemberId: 'anna',
};

export const ESCALATED: PlanEventOf<'escalated'> = {
  type: 'escalated',
  date: '2025-02-03',
  target: 'debt-relief',
};

export const CLOSED: PlanEventOf<'closed'> = {
  type: 'closed',
  date: '2025-06-30',
  reason: 'goals-achieved',
};
