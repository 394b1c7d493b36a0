import { describe, expect, it } from 'vitest';
import { foldPlanEvents } from './apply-plan-event.js';
import { derivePlanFacts } from './plan-facts.js';
import { ACTIVATED, CLOSED, CONTEXT, ESCALATED, OPENED } from './test-fixtures.js';

describe('derivePlanFacts', () => {
  it('gives a monitor the dates to count de-escalation within 12 months', () => {
    const state = foldPlanEvents(
      [
        OPENED,
        ACTIVATED,
        ESCALATED,
        { type: 'de-escalated', date: '2025-05-01' },
        { type: 'escalated', date: '2025-06-01', target: 'youth-care' },
      ],
      CONTEXT,
    );
    expect(derivePlanFacts(state)).toMatchObject({
      status: 'active',
      isEscalated: true,
      escalationCount: 2,
      escalationDates: ['2025-02-03', '2025-06-01'],
      deEscalationDates: ['2025-05-01', null],
      leadMemberId: 'anna',
      leadChangeCount: 0,
      openedOn: '2025-01-06',
      activatedOn: '2025-01-20',
      closureReason: null,
      closedOn: null,
    });
  });

  it('reports a closed plan as no longer escalated, keeping its open escalation on record', () => {
    const facts = derivePlanFacts(
      foldPlanEvents(
        [OPENED, ACTIVATED, ESCALATED, { ...CLOSED, reason: 'permanently-referred' }],
        CONTEXT,
      ),
    );
    expect(facts).toMatchObject({
      status: 'closed',
      isEscalated: false,
      escalationCount: 1,
      deEscalationDates: [null],
      closureReason: 'permanently-referred',
      closedOn: '2025-06-30',
    });
  });

  it('counts lead changes', () => {
    const facts = derivePlanFacts(
      foldPlanEvents(
        [OPENED, ACTIVATED, { type: 'lead-changed', date: '2025-02-01', leadMemberId: 'bram' }],
        CONTEXT,
      ),
    );
    expect(facts).toMatchObject({ leadMemberId: 'bram', leadChangeCount: 1 });
  });
});
