import { LOCALES } from '@wijknet/household';
import { describe, expect, it } from 'vitest';
import { ACTION_KINDS, actionKindLabel } from './action-kinds.js';
import { CLOSURE_REASONS, closureReasonLabel } from './closure-reasons.js';
import { ESCALATION_TARGETS, escalationTargetLabel } from './escalation-targets.js';

describe('labels', () => {
  it.each(LOCALES)(
    'names every escalation target, action kind and closure reason in %s',
    (locale) => {
      for (const labels of [
        ESCALATION_TARGETS.map((target) => escalationTargetLabel(target, locale)),
        ACTION_KINDS.map((kind) => actionKindLabel(kind, locale)),
        CLOSURE_REASONS.map((reason) => closureReasonLabel(reason, locale)),
      ]) {
        expect(new Set(labels).size).toBe(labels.length);
        expect(labels.every((label) => label.length > 0)).toBe(true);
      }
    },
  );

  it('uses the Dutch terms of the field', () => {
    expect(escalationTargetLabel('mental-health-care', 'nl')).toBe('GGZ');
    expect(escalationTargetLabel('compulsory-framework', 'nl')).toBe('Gedwongen kader (bijv. OTS)');
    expect(actionKindLabel('collective-activity', 'nl')).toBe('Collectief aanbod');
  });
});
