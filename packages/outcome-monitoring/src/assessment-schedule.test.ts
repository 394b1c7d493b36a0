import { describe, expect, it } from 'vitest';
import { isAssessmentOverdue, nextAssessmentDue } from './assessment-schedule.js';

const open = { status: 'active', openedOn: '2025-01-15', closedOn: null } as const;

describe('the next assessment a plan is due', () => {
  it('waits for the intake assessment until one is taken on or after the opening day', () => {
    expect(nextAssessmentDue(open, null)).toEqual({ moment: 'intake', dueOn: '2025-01-15' });
    // An assessment of the household's previous plan is not this plan's intake.
    expect(nextAssessmentDue(open, '2024-11-30')).toEqual({
      moment: 'intake',
      dueOn: '2025-01-15',
    });
  });

  it('expects a follow-up three or six months after the latest assessment', () => {
    expect(nextAssessmentDue(open, '2025-01-15')).toEqual({
      moment: 'follow-up',
      dueOn: '2025-04-15',
    });
    expect(nextAssessmentDue(open, '2025-08-31', 6)).toEqual({
      moment: 'follow-up',
      dueOn: '2026-02-28',
    });
  });

  it('expects a closure assessment of a closed plan, and nothing once it is taken', () => {
    const closed = { status: 'closed', openedOn: '2025-01-15', closedOn: '2025-09-01' } as const;
    expect(nextAssessmentDue(closed, '2025-06-01')).toEqual({
      moment: 'closure',
      dueOn: '2025-09-01',
    });
    expect(nextAssessmentDue(closed, '2025-09-01')).toBeNull();
  });

  it('is late from the day after it was due', () => {
    const due = { moment: 'follow-up', dueOn: '2025-04-15' } as const;
    expect(isAssessmentOverdue(due, '2025-04-15')).toBe(false);
    expect(isAssessmentOverdue(due, '2025-04-16')).toBe(true);
  });
});
