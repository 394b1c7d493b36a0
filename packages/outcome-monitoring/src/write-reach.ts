import type { CalendarDate } from '@wijknet/household';
import { type IndicatorInput, PERIOD_RULE_REACH, type PeriodRule } from './indicator-definition.js';
import { INDICATORS, type IndicatorCode } from './indicator-registry.js';
import { formatPeriod } from './period.js';
import { periodsFromTo, quarterOf } from './period-calendar.js';

/**
 * One change a write makes (wijziging): the inputs it changes and the days from which the changed
 * records count, before and after the write (a plan closed on D: D; a plan moved to another team:
 * its opening and its closing, since it counts for its team in every period it is open).
 */
export interface DatedChange {
  readonly inputs: readonly IndicatorInput[];
  readonly dates: readonly CalendarDate[];
}

/**
 * The periods a change dated on these days can alter under a period rule (PERIOD_RULE_REACH): the
 * quarter and year holding each day, and under an `onwards` rule every later quarter and year
 * through today's quarter. A day after today's quarter reaches no quarter kept today under an
 * `onwards` rule; under a `holding` rule the periods holding it are returned, and whoever keeps
 * the periods leaves out those not kept.
 */
export function periodsReached(
  rule: PeriodRule,
  dates: readonly CalendarDate[],
  today: CalendarDate,
): string[] {
  if (dates.length === 0) return [];
  if (PERIOD_RULE_REACH[rule] === 'onwards') {
    const [earliest] = [...dates].sort();
    return earliest === undefined ? [] : periodsFromTo(earliest, today);
  }
  const periods = new Set<string>();
  for (const date of dates) {
    const quarter = quarterOf(date);
    periods.add(formatPeriod(quarter));
    periods.add(String(quarter.year));
  }
  return [...periods];
}

/** Some indicators a write can alter, and the periods it can alter them in. */
export interface IndicatorsReached {
  readonly indicators: readonly IndicatorCode[];
  readonly periods: readonly string[];
}

/**
 * Which indicators of the registry some changes can alter (those reading an input a change
 * changes), and in which periods (by each indicator's period rule), grouped by those periods so
 * that each indicator is recomputed in its own periods only. Read from the registry alone, so a
 * new indicator is reached by the writes of its inputs without a second list.
 */
export function indicatorsReached(
  changes: readonly DatedChange[],
  today: CalendarDate,
): IndicatorsReached[] {
  const byIndicator = new Map<IndicatorCode, Set<string>>();
  for (const change of changes) {
    for (const definition of INDICATORS) {
      if (!definition.inputs.some((input) => change.inputs.includes(input))) continue;
      const reached = periodsReached(definition.periodRule, change.dates, today);
      if (reached.length === 0) continue;
      const periods = byIndicator.get(definition.code) ?? new Set<string>();
      for (const period of reached) periods.add(period);
      byIndicator.set(definition.code, periods);
    }
  }
  const groups = new Map<string, { indicators: IndicatorCode[]; periods: string[] }>();
  for (const [code, periods] of byIndicator) {
    const sorted = [...periods].sort();
    const key = sorted.join(' ');
    const group = groups.get(key);
    if (group) group.indicators.push(code);
    else groups.set(key, { indicators: [code], periods: sorted });
  }
  return [...groups.values()];
}
