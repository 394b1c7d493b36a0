import { describe, expect, it } from 'vitest';
import { applyPlanEvent, foldPlanEvents } from './apply-plan-event.js';
import type { PlanEvent } from './plan-event.js';
import { PlanRuleError } from './plan-rule-error.js';
import {
  ACTIVATED,
  CLOSED,
  CONTEXT,
  CONTEXT_WITHOUT_MINORS,
  ESCALATED,
  OPENED,
} from './test-fixtures.js';

function refusal(events: readonly PlanEvent[], context = CONTEXT) {
  try {
    foldPlanEvents(events, context);
  } catch (error) {
    if (error instanceof PlanRuleError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the events to be refused');
}

describe('foldPlanEvents: the life cycle', () => {
  it('opens a plan in intake', () => {
    const state = foldPlanEvents([OPENED], CONTEXT);
    expect(state).toMatchObject({
      planId: 'P-1',
      householdId: 'H-1',
      status: 'intake',
      openedOn: '2025-01-06',
      activatedOn: null,
      leadMemberId: null,
    });
  });

  it('activates with a lead, escalates, de-escalates and closes, keeping the lead', () => {
    const state = foldPlanEvents(
      [
        OPENED,
        {
          type: 'goal-set',
          date: '2025-01-10',
          lifeDomain: 'finances',
          startLevel: 1,
          targetLevel: 3,
          intent: 'improve',
        },
        ACTIVATED,
        ESCALATED,
        {
          type: 'action-added',
          date: '2025-02-03',
          kind: 'second-line-referral',
          lifeDomain: 'finances',
          warmHandover: true,
        },
        { type: 'de-escalated', date: '2025-04-01' },
        CLOSED,
      ],
      CONTEXT,
    );
    expect(state.status).toBe('closed');
    expect(state.leadMemberId).toBe('anna');
    expect(state.escalations).toEqual([
      { target: 'debt-relief', escalatedOn: '2025-02-03', deEscalatedOn: '2025-04-01' },
    ]);
    expect(state.goals).toEqual([
      {
        lifeDomain: 'finances',
        startLevel: 1,
        targetLevel: 3,
        intent: 'improve',
        setOn: '2025-01-10',
      },
    ]);
    expect(state.actions).toHaveLength(1);
    expect(state.closure).toEqual({ reason: 'goals-achieved', closedOn: '2025-06-30' });
  });

  it('changes the lead only by an explicit event', () => {
    const state = foldPlanEvents(
      [OPENED, ACTIVATED, { type: 'lead-changed', date: '2025-03-01', leadMemberId: 'bram' }],
      CONTEXT,
    );
    expect(state.leadMemberId).toBe('bram');
    expect(state.leadHistory).toEqual([
      { memberId: 'anna', from: '2025-01-20' },
      { memberId: 'bram', from: '2025-03-01' },
    ]);
  });

  it('revises a goal on the same domain instead of adding a second', () => {
    const state = foldPlanEvents(
      [
        OPENED,
        {
          type: 'goal-set',
          date: '2025-01-10',
          lifeDomain: 'housing',
          startLevel: 2,
          targetLevel: 4,
          intent: 'improve',
        },
        {
          type: 'goal-set',
          date: '2025-01-12',
          lifeDomain: 'housing',
          startLevel: 2,
          targetLevel: 3,
          intent: 'improve',
        },
      ],
      CONTEXT,
    );
    expect(state.goals).toEqual([
      {
        lifeDomain: 'housing',
        startLevel: 2,
        targetLevel: 3,
        intent: 'improve',
        setOn: '2025-01-12',
      },
    ]);
  });

  it('accepts a goal to keep a level', () => {
    const state = foldPlanEvents(
      [
        OPENED,
        {
          type: 'goal-set',
          date: '2025-01-10',
          lifeDomain: 'basic-adl',
          startLevel: 3,
          targetLevel: 3,
          intent: 'maintain',
        },
      ],
      CONTEXT,
    );
    expect(state.goals[0]?.intent).toBe('maintain');
  });

  it('lets a plan close during intake, e.g. when the household moves', () => {
    const state = foldPlanEvents(
      [OPENED, { type: 'closed', date: '2025-01-08', reason: 'moved' }],
      CONTEXT,
    );
    expect(state).toMatchObject({ status: 'closed', activatedOn: null, leadMemberId: null });
  });

  it('accepts several events on one day', () => {
    const state = foldPlanEvents([OPENED, { ...ACTIVATED, date: OPENED.date }], CONTEXT);
    expect(state.status).toBe('active');
  });

  it('never changes the state it was given', () => {
    const before = foldPlanEvents([OPENED, ACTIVATED], CONTEXT);
    const copy = JSON.parse(JSON.stringify(before));
    applyPlanEvent(before, ESCALATED, CONTEXT);
    expect(before).toEqual(copy);
  });
});

describe('foldPlanEvents: refusals', () => {
  it('refuses no events at all', () => {
    expect(refusal([])).toEqual({
      code: 'plan-not-opened',
      message: 'Cannot derive a plan from no events: a plan starts with an "opened" event.',
    });
  });

  it('refuses a plan that does not start with "opened"', () => {
    expect(refusal([ACTIVATED])).toEqual({
      code: 'plan-not-opened',
      message: 'Cannot activate a plan on 2025-01-20: a plan starts with an "opened" event.',
    });
  });

  it('refuses opening twice', () => {
    expect(refusal([OPENED, { ...OPENED, date: '2025-01-07' }])).toEqual({
      code: 'plan-already-opened',
      message: 'Cannot open plan P-1 on 2025-01-07: it was opened on 2025-01-06.',
    });
  });

  it('refuses closing a closed plan', () => {
    expect(
      refusal([OPENED, ACTIVATED, CLOSED, { ...CLOSED, date: '2025-07-01', reason: 'moved' }]),
    ).toEqual({
      code: 'plan-already-closed',
      message: 'Cannot close plan P-1 on 2025-07-01: it was closed on 2025-06-30 (goals-achieved).',
    });
  });

  it('refuses activating an active plan', () => {
    expect(
      refusal([OPENED, ACTIVATED, { ...ACTIVATED, date: '2025-01-21', leadMemberId: 'bram' }]),
    ).toEqual({
      code: 'plan-already-active',
      message: 'Cannot activate plan P-1 on 2025-01-21: it has been active since 2025-01-20.',
    });
  });

  it('refuses escalating a plan in intake', () => {
    expect(refusal([OPENED, ESCALATED])).toEqual({
      code: 'escalation-during-intake',
      message:
        'Cannot escalate plan P-1 on 2025-02-03: it is still in intake; only an active plan with a lead can be escalated.',
    });
  });

  it('refuses escalating an escalated plan', () => {
    expect(
      refusal([
        OPENED,
        ACTIVATED,
        ESCALATED,
        { ...ESCALATED, date: '2025-02-10', target: 'youth-care' },
      ]),
    ).toEqual({
      code: 'already-escalated',
      message:
        'Cannot escalate plan P-1 on 2025-02-10: it is already escalated to debt-relief since 2025-02-03; de-escalate first.',
    });
  });

  it('refuses de-escalating a plan that is not escalated', () => {
    expect(refusal([OPENED, ACTIVATED, { type: 'de-escalated', date: '2025-02-01' }])).toEqual({
      code: 'not-escalated',
      message: 'Cannot de-escalate plan P-1 on 2025-02-01: it is not escalated.',
    });
  });

  it('refuses any event after closure', () => {
    expect(refusal([OPENED, ACTIVATED, CLOSED, { ...ESCALATED, date: '2025-07-01' }])).toEqual({
      code: 'event-after-closure',
      message:
        'Cannot escalate plan P-1 on 2025-07-01: it was closed on 2025-06-30 (goals-achieved); a closed plan takes no more events.',
    });
  });

  it('refuses an event dated before the previous one', () => {
    expect(refusal([OPENED, ACTIVATED, { ...ESCALATED, date: '2025-01-19' }])).toEqual({
      code: 'date-before-previous-event',
      message:
        "Cannot escalate plan P-1 on 2025-01-19: the date is before the plan's previous event on 2025-01-20; events must be in date order.",
    });
  });

  it.each([
    ['zoe', 'member zoe is not among the lead candidates'],
    ['dirk', "member dirk is not in a team that serves the household's district WK008001"],
    ['cees', 'member cees is in the ring around the team, not in the core team (basisteam)'],
    ['bram', 'member bram is not a team member on 2023-12-01'],
  ])('refuses %s as lead', (leadMemberId, why) => {
    const opened = { ...OPENED, date: '2023-11-01' };
    expect(refusal([opened, { type: 'activated', date: '2023-12-01', leadMemberId }])).toEqual({
      code: 'lead-not-eligible',
      message: `Cannot activate plan P-1 on 2023-12-01: ${why}; a lead (regievoerder) must be a core member of a team serving the household's district.`,
    });
  });

  it('refuses handing the lead to a member who has left', () => {
    expect(
      refusal([
        OPENED,
        ACTIVATED,
        { type: 'lead-changed', date: '2025-04-01', leadMemberId: 'eva' },
      ]).message,
    ).toBe(
      "Cannot change the lead of plan P-1 on 2025-04-01: member eva is not a team member on 2025-04-01; a lead (regievoerder) must be a core member of a team serving the household's district.",
    );
  });

  it('refuses a lead change during intake or to the same lead', () => {
    expect(
      refusal([OPENED, { type: 'lead-changed', date: '2025-01-08', leadMemberId: 'anna' }]),
    ).toEqual({
      code: 'plan-not-active',
      message:
        'Cannot change the lead of plan P-1 on 2025-01-08: it is still in intake; the lead is assigned when it is activated.',
    });
    expect(
      refusal([
        OPENED,
        ACTIVATED,
        { type: 'lead-changed', date: '2025-02-01', leadMemberId: 'anna' },
      ]),
    ).toEqual({
      code: 'lead-unchanged',
      message: 'Cannot change the lead of plan P-1 on 2025-02-01: member anna already leads it.',
    });
  });

  it('refuses an action during intake', () => {
    expect(
      refusal([OPENED, { type: 'action-added', date: '2025-01-08', kind: 'volunteer' }]),
    ).toEqual({
      code: 'plan-not-active',
      message:
        'Cannot add an action to plan P-1 on 2025-01-08: it is still in intake; actions start once it is active.',
    });
  });

  it('refuses a parenting goal for a household without minors', () => {
    const goal: PlanEvent = {
      type: 'goal-set',
      date: '2025-01-10',
      lifeDomain: 'parenting',
      startLevel: 2,
      targetLevel: 4,
      intent: 'improve',
    };
    expect(refusal([OPENED, goal], CONTEXT_WITHOUT_MINORS)).toEqual({
      code: 'life-domain-not-applicable',
      message:
        'Cannot set a goal on plan P-1 on 2025-01-10: Parenting (Opvoeding) applies only to households with minors, and this household has none.',
    });
    expect(foldPlanEvents([OPENED, goal], CONTEXT).goals).toHaveLength(1);
  });

  it('refuses goal levels that do not fit the intent', () => {
    expect(
      refusal([
        OPENED,
        {
          type: 'goal-set',
          date: '2025-01-10',
          lifeDomain: 'housing',
          startLevel: 3,
          targetLevel: 3,
          intent: 'improve',
        },
      ]),
    ).toEqual({
      code: 'goal-levels-invalid',
      message:
        'Cannot set a goal on plan P-1 on 2025-01-10: an improvement goal needs a target level above its start level (start 3, target 3); use intent "maintain" to keep a level.',
    });
    expect(
      refusal([
        OPENED,
        {
          type: 'goal-set',
          date: '2025-01-10',
          lifeDomain: 'housing',
          startLevel: 3,
          targetLevel: 4,
          intent: 'maintain',
        },
      ]).code,
    ).toBe('goal-levels-invalid');
  });
});
