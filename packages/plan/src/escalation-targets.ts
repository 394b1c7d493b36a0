import type { Locale, LocalisedLabel } from '@wijknet/household';
import { z } from 'zod';

/**
 * Where a plan is escalated to (opschalen naar): the specialist or second-line help brought in
 * while the team keeps the lead.
 */
export const ESCALATION_TARGETS = [
  'youth-care',
  'mental-health-care',
  'debt-relief',
  'wmo-provision',
  'work-and-income',
  'housing',
  'compulsory-framework',
] as const;

/** Where a plan is escalated to (opschalen naar). */
export const escalationTargetSchema = z.enum(ESCALATION_TARGETS, {
  error: (issue) =>
    `Unknown escalation target (opschaling) ${JSON.stringify(issue.input)}: use one of ${ESCALATION_TARGETS.join(', ')}.`,
});

/** Where a plan is escalated to (opschalen naar). */
export type EscalationTarget = z.infer<typeof escalationTargetSchema>;

const ESCALATION_TARGET_LABELS: Readonly<Record<EscalationTarget, LocalisedLabel>> = {
  'youth-care': { nl: 'Jeugdhulp', en: 'Youth care' },
  'mental-health-care': { nl: 'GGZ', en: 'Mental health care' },
  'debt-relief': { nl: 'Schuldhulpverlening', en: 'Debt relief' },
  'wmo-provision': { nl: 'Wmo-voorziening', en: 'Wmo provision' },
  'work-and-income': { nl: 'Werk en inkomen', en: 'Work and income' },
  housing: { nl: 'Wonen', en: 'Housing' },
  'compulsory-framework': {
    nl: 'Gedwongen kader (bijv. OTS)',
    en: 'Compulsory framework (e.g. OTS)',
  },
};

/** The name of an escalation target in Dutch (`nl`) or English (`en`). */
export function escalationTargetLabel(target: EscalationTarget, locale: Locale): string {
  return ESCALATION_TARGET_LABELS[target][locale];
}
