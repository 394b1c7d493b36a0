import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertNoOtherActivePlan,
  findOtherOpenPlans,
  type PlanSummary,
} from './one-plan-per-household.js';
import { PlanRuleError } from './plan-rule-error.js';
import type { PlanStatus } from './plan-state.js';

const plans: PlanSummary[] = [
  { planId: 'P-1', householdId: 'H-1', status: 'closed' },
  { planId: 'P-2', householdId: 'H-1', status: 'active' },
  { planId: 'P-3', householdId: 'H-2', status: 'intake' },
];

describe('assertNoOtherActivePlan', () => {
  it('allows a plan for a household whose plans are all closed', () => {
    expect(() => assertNoOtherActivePlan('H-1', plans.slice(0, 1))).not.toThrow();
    expect(() => assertNoOtherActivePlan('H-3', plans)).not.toThrow();
  });

  it('refuses a second plan next to an active one, naming it', () => {
    expect(() => assertNoOtherActivePlan('H-1', plans)).toThrow(
      new PlanRuleError(
        'other-active-plan',
        'Cannot open another plan for household H-1: plan P-2 is still active; one household has one plan (één huishouden, één plan), so close it first or continue it.',
      ),
    );
  });

  it('counts a plan in intake as running', () => {
    expect(() => assertNoOtherActivePlan('H-2', plans)).toThrow(/plan P-3 is still in intake/);
  });

  it('does not count the plan being checked', () => {
    expect(() => assertNoOtherActivePlan('H-1', plans, 'P-2')).not.toThrow();
    expect(findOtherOpenPlans('H-1', plans)).toEqual([plans[1]]);
  });
});

type Operation =
  | { readonly kind: 'open'; readonly household: number }
  | { readonly kind: 'activate' | 'close'; readonly plan: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('open' as const), household: fc.nat(3) }),
  fc.record({ kind: fc.constantFrom('activate' as const, 'close' as const), plan: fc.nat(20) }),
);

describe('one plan per household, for any sequence of openings and closings', () => {
  it('never lets a household hold two running plans, and refuses only when it would', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (operations) => {
        const register: { planId: string; householdId: string; status: PlanStatus }[] = [];
        for (const op of operations) {
          if (op.kind === 'open') {
            const householdId = `H-${op.household}`;
            const hadRunning = register.some(
              (plan) => plan.householdId === householdId && plan.status !== 'closed',
            );
            let refused = false;
            try {
              assertNoOtherActivePlan(householdId, register);
              register.push({ planId: `P-${register.length}`, householdId, status: 'intake' });
            } catch (error) {
              expect(error).toBeInstanceOf(PlanRuleError);
              expect((error as PlanRuleError).code).toBe('other-active-plan');
              refused = true;
            }
            expect(refused).toBe(hadRunning);
          } else {
            const plan = register[op.plan % Math.max(register.length, 1)];
            if (plan === undefined || plan.status === 'closed') continue;
            if (op.kind === 'close') plan.status = 'closed';
            else if (plan.status === 'intake') plan.status = 'active';
          }
          for (let household = 0; household <= 3; household += 1) {
            const running = register.filter(
              (plan) => plan.householdId === `H-${household}` && plan.status !== 'closed',
            );
            expect(running.length).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });
});
