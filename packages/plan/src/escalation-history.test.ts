import { describe, expect, it } from 'vitest';
import { escalationsOf } from './escalation-history.js';
import { planEventSchema } from './plan-event.js';

const events = [
  { type: 'opened', date: '2025-01-02', planId: 'P-1', householdId: 'H-1' },
  { type: 'activated', date: '2025-01-20', leadMemberId: 'M-1' },
  { type: 'escalated', date: '2025-02-03', target: 'mental-health-care' },
  { type: 'de-escalated', date: '2025-05-12' },
  { type: 'escalated', date: '2025-08-01', target: 'debt-relief' },
].map((event) => planEventSchema.parse(event));

describe('a plan’s escalations', () => {
  it('pairs each escalation with the de-escalation that ended it, the last one still open', () => {
    expect(escalationsOf(events)).toEqual([
      { target: 'mental-health-care', escalatedOn: '2025-02-03', deEscalatedOn: '2025-05-12' },
      { target: 'debt-relief', escalatedOn: '2025-08-01', deEscalatedOn: null },
    ]);
  });

  it('is empty for a plan that was never escalated', () => {
    expect(escalationsOf(events.slice(0, 2))).toEqual([]);
  });
});
