import type { UnitCostOverrides } from '../url-state/view-state';

/**
 * Starting values for the social cost-benefit analysis (MKBA), in euro cents. The gateway has
 * no defaults on purpose: unit costs are the user's own assumption, so the page starts from
 * these round, indicative figures and shows every one of them as an editable field.
 */
export const DEFAULT_UNIT_COSTS = {
  escalationCents: 1_000_000,
  evictionCents: 700_000,
  supervisionOrderCents: 1_500_000,
  ftePerYearCents: 8_000_000,
} as const satisfies Required<UnitCostOverrides>;

/** The unit costs to send: the user's overrides over the defaults. */
export function unitCostsOf(overrides: UnitCostOverrides): Required<UnitCostOverrides> {
  return { ...DEFAULT_UNIT_COSTS, ...overrides };
}

/** Reads a euro amount as typed in Dutch or English (`1.250,50`, `1250.5`, `€ 700`); null if not one. */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[€\s]/g, '');
  if (!/^\d[\d.,]*$/.test(cleaned)) return null;
  // The last separator followed by one or two digits is the decimal mark; others group thousands.
  const match = /^(.*?)[.,](\d{1,2})$/.exec(cleaned);
  const whole = (match ? match[1] : cleaned)?.replace(/[.,]/g, '') ?? '';
  const fraction = match ? (match[2] ?? '') : '';
  const cents = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0') || '0');
  return Number.isSafeInteger(cents) ? cents : null;
}
