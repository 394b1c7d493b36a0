import { describe, expect, it } from 'vitest';
import { PLAN_EVENT_TYPES, type PlanEventType, planEventSchema } from './plan-event.js';

function messages(input: unknown): string[] {
  const result = planEventSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.') || '(event)'}: ${issue.message}`);
}

describe('planEventSchema', () => {
  it('lists every event type', () => {
    const fromSchema: readonly PlanEventType[] = PLAN_EVENT_TYPES;
    expect(new Set(fromSchema).size).toBe(8);
  });

  it('accepts a row from a municipality and fills in the goal intent', () => {
    expect(
      planEventSchema.parse({
        type: 'goal-set',
        date: '2025-01-10',
        lifeDomain: 'housing',
        startLevel: 2,
        targetLevel: 4,
      }),
    ).toEqual({
      type: 'goal-set',
      date: '2025-01-10',
      lifeDomain: 'housing',
      startLevel: 2,
      targetLevel: 4,
      intent: 'improve',
    });
  });

  it('trims identifiers', () => {
    expect(
      planEventSchema.parse({
        type: 'opened',
        date: '2025-01-06',
        planId: ' P-1 ',
        householdId: 'H-1',
      }),
    ).toMatchObject({
      planId: 'P-1',
    });
  });

  it('names the valid types for an unknown type', () => {
    expect(messages({ type: 'paused', date: '2025-01-06' })).toEqual([
      'type: Unknown plan event type "paused": use one of opened, activated, lead-changed, escalated, de-escalated, goal-set, action-added, closed.',
    ]);
  });

  it('explains what an event looks like when given something else', () => {
    expect(messages('opened')).toEqual([
      '(event): A plan event must be an object with a "type" and a "date".',
    ]);
  });

  it('asks for an ISO date', () => {
    expect(messages({ type: 'de-escalated', date: '1-2-2025' })).toEqual([
      'date: "1-2-2025" is not a date: write it as YYYY-MM-DD, e.g. "2025-03-31".',
    ]);
  });

  it('refuses unknown fields, so a name cannot slip in', () => {
    expect(
      messages({
        type: 'closed',
        date: '2025-06-30',
        reason: 'moved',
        note: 'Mevr. Jansen verhuisd',
      }),
    ).toEqual(['(event): Unknown field(s) "note" in a "closed" plan event.']);
  });

  it('names the valid escalation targets, closure reasons and action kinds', () => {
    expect(messages({ type: 'escalated', date: '2025-02-01', target: 'police' })[0]).toBe(
      'target: Unknown escalation target (opschaling) "police": use one of youth-care, mental-health-care, debt-relief, wmo-provision, work-and-income, housing, compulsory-framework.',
    );
    expect(messages({ type: 'closed', date: '2025-02-01', reason: 'done' })[0]).toMatch(
      /^reason: Unknown closure reason \(reden van afsluiting\) "done": use one of goals-achieved,/,
    );
    expect(messages({ type: 'action-added', date: '2025-02-01', kind: 'phone-call' })[0]).toMatch(
      /^kind: Unknown kind of action \(inzet\) "phone-call": use one of own-network,/,
    );
  });

  it('refuses an improvement goal that does not go up', () => {
    expect(
      messages({
        type: 'goal-set',
        date: '2025-01-10',
        lifeDomain: 'housing',
        startLevel: 4,
        targetLevel: 2,
      }),
    ).toEqual([
      'targetLevel: An improvement goal needs a target level above its start level (start 4, target 2); use intent "maintain" to keep a level.',
    ]);
  });

  it('refuses a goal level off the ZRM scale', () => {
    expect(
      messages({
        type: 'goal-set',
        date: '2025-01-10',
        lifeDomain: 'housing',
        startLevel: 0,
        targetLevel: 4,
      }),
    ).toEqual([
      'startLevel: A ZRM score (zelfredzaamheidsscore) is a whole number from 1 (acute problem) to 5 (fully self-reliant); got 0.',
    ]);
  });

  it('asks a second-line referral about its warm handover, and only a referral', () => {
    expect(
      messages({ type: 'action-added', date: '2025-02-01', kind: 'second-line-referral' }),
    ).toEqual([
      'warmHandover: A second-line referral says whether it had a warm handover (warme overdracht): set warmHandover to true or false.',
    ]);
    expect(
      messages({ type: 'action-added', date: '2025-02-01', kind: 'volunteer', warmHandover: true }),
    ).toEqual([
      'warmHandover: warmHandover belongs only to a second-line referral, not to "volunteer".',
    ]);
  });

  it('refuses an empty lead', () => {
    expect(messages({ type: 'activated', date: '2025-02-01', leadMemberId: '  ' })).toEqual([
      'leadMemberId: The lead member id is empty.',
    ]);
  });
});
