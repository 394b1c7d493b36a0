import { type Calculation, type IndicatorFigure, ratio } from './indicator-figure.js';
import { getIndicator, type IndicatorCode } from './indicator-registry.js';
import { estimatedMinors } from './minors-estimate.js';
import { MonitoringError, parseInput } from './monitoring-error.js';
import {
  type AreaFigures,
  type MonitoredEventKind,
  type MonitoringRecords,
  type MonitoringRecordsInput,
  monitoringRecordsSchema,
} from './monitoring-records.js';
import { formatPeriod, type Period, periodEnd, periodStart, toPeriod } from './period.js';
import { type DateRange, isWithin } from './period-rules.js';
import {
  closedPlansGoalsAchieved,
  closedPlansImprovedOnGoals,
  escalationsDeEscalatedWithin12Months,
  medianDaysToFirstPlan,
  onePlanCompliance,
  plansEscalated,
  reachPer1000Households,
  zrmMeanChange,
} from './plan-calculations.js';
import {
  coreMembersAtLeast24Hours,
  coreSize,
  ftePer10000Inhabitants,
  hoursInWijkPerCoreMember,
  shareOfTeams,
  teamAgeYears,
} from './team-calculations.js';

/** The CBS area figure an indicator divides by; refused clearly when the caller left it out. */
function requireArea(area: AreaFigures, field: keyof AreaFigures, code: IndicatorCode): number {
  const value = area[field];
  if (value === null) {
    throw new MonitoringError(
      'missing-context',
      `Indicator ${code} divides by the ${field} of the area (CBS); give area.${field}.`,
    );
  }
  return value;
}

/** The minors of the area: the CBS count when given, otherwise the registry's estimate. */
function minorsOf(area: AreaFigures, code: IndicatorCode): number {
  if (area.minors !== null) return area.minors;
  return estimatedMinors(requireArea(area, 'inhabitants', code));
}

function eventsPer1000(
  records: MonitoringRecords,
  range: DateRange,
  kind: MonitoredEventKind,
  base: number,
): Calculation {
  const count = records.events.filter(
    (event) => event.kind === kind && isWithin(event.occurredOn, range),
  ).length;
  return ratio(count, base, count, 1000);
}

function calculate(code: IndicatorCode, records: MonitoringRecords, range: DateRange): Calculation {
  const area = records.area;
  switch (code) {
    case 'zrm-mean-change':
      return zrmMeanChange(records, range);
    case 'closed-plans-improved-on-goals':
      return closedPlansImprovedOnGoals(records, range);
    case 'closed-plans-goals-achieved':
      return closedPlansGoalsAchieved(records, range);
    case 'plans-escalated':
      return plansEscalated(records, range);
    case 'escalations-de-escalated-within-12-months':
      return escalationsDeEscalatedWithin12Months(records, range);
    case 'one-plan-compliance':
      return onePlanCompliance(records, range);
    case 'reach-per-1000-households':
      return reachPer1000Households(records, range, requireArea(area, 'households', code));
    case 'median-days-to-first-plan':
      return medianDaysToFirstPlan(records, range);
    case 'evictions-per-1000-households':
      return eventsPer1000(records, range, 'eviction', requireArea(area, 'households', code));
    case 'evictions-prevented-per-1000-households':
      return eventsPer1000(
        records,
        range,
        'eviction-prevented',
        requireArea(area, 'households', code),
      );
    case 'supervision-orders-per-1000-minors':
      return eventsPer1000(records, range, 'supervision-order', minorsOf(area, code));
    case 'core-size':
      return coreSize(records, range);
    case 'teams-covering-three-domains':
      return shareOfTeams('three-domains')(records, range);
    case 'teams-core-at-most-8':
      return shareOfTeams('core-size')(records, range);
    case 'teams-core-24-hours':
      return shareOfTeams('hours')(records, range);
    case 'teams-with-lead':
      return shareOfTeams('lead')(records, range);
    case 'teams-meeting-basic-model':
      return shareOfTeams('all')(records, range);
    case 'fte-per-10000-inhabitants':
      return ftePer10000Inhabitants(records, range, requireArea(area, 'inhabitants', code));
    case 'team-age-years':
      return teamAgeYears(records, range);
    case 'hours-in-wijk-per-core-member':
      return hoursInWijkPerCoreMember(records, range);
    case 'core-members-at-least-24-hours':
      return coreMembersAtLeast24Hours(records, range);
    default:
      return code satisfies never;
  }
}

/**
 * Computes one indicator (berekent een indicator) for one period from plain records that the
 * caller has already limited to the area (team, wijk, gemeente or land). The rule for each
 * indicator is its registry definition; `n` is the count behind the figure. The value is a
 * raw figure: run it through `suppress` before it leaves the municipality.
 */
export function computeIndicator(
  code: string,
  records: MonitoringRecordsInput,
  period: Period | string,
): IndicatorFigure {
  const definition = getIndicator(code);
  const parsedPeriod = toPeriod(period);
  const parsedRecords = parseInput(monitoringRecordsSchema, records, 'monitoring records');
  const range = { start: periodStart(parsedPeriod), end: periodEnd(parsedPeriod) };
  return {
    code: definition.code,
    period: formatPeriod(parsedPeriod),
    ...calculate(definition.code, parsedRecords, range),
  };
}
