import {
  ACCESS_INDICATORS,
  OUTCOME_INDICATORS,
  SAFETY_INDICATORS,
} from './household-indicators.js';
import {
  INDICATOR_GROUPS,
  type IndicatorDefinition,
  type IndicatorGroup,
} from './indicator-definition.js';
import { MonitoringError } from './monitoring-error.js';
import { COMPOSITION_INDICATORS, HOURS_INDICATORS } from './team-indicators.js';

const DEFINITIONS = [
  ...OUTCOME_INDICATORS,
  ...ACCESS_INDICATORS,
  ...SAFETY_INDICATORS,
  ...COMPOSITION_INDICATORS,
  ...HOURS_INDICATORS,
];

/** The code of an indicator in the registry (indicatorcode), stable across SQL, GraphQL and URLs. */
export type IndicatorCode = (typeof DEFINITIONS)[number]['code'];

/** The indicator registry (indicatorenregister): every figure wijknet computes and publishes. */
export const INDICATORS: readonly (IndicatorDefinition & { code: IndicatorCode })[] =
  Object.freeze(DEFINITIONS);

const BY_CODE = new Map<string, IndicatorDefinition & { code: IndicatorCode }>(
  DEFINITIONS.map((definition) => [definition.code, definition]),
);

/** Whether `code` names an indicator in the registry. */
export function isIndicatorCode(code: string): code is IndicatorCode {
  return BY_CODE.has(code);
}

/** The definition of an indicator; an unknown code is refused with the list of known ones. */
export function getIndicator(code: string): IndicatorDefinition & { code: IndicatorCode } {
  const definition = BY_CODE.get(code);
  if (definition === undefined) {
    throw new MonitoringError(
      'unknown-indicator',
      `There is no indicator ${JSON.stringify(code)}. Known indicators: ${[...BY_CODE.keys()].join(', ')}.`,
    );
  }
  return definition;
}

/** The indicators a municipality publishes by opting in to one publication group. */
export function indicatorsInGroup(group: IndicatorGroup): readonly IndicatorDefinition[] {
  return DEFINITIONS.filter((definition) => definition.group === group);
}

/** Publication groups (publicatiegroepen) with their Dutch and English names. */
export const INDICATOR_GROUP_NAMES: Readonly<Record<IndicatorGroup, { nl: string; en: string }>> = {
  composition: { nl: 'Samenstelling teams', en: 'Team composition' },
  hours: { nl: 'Uren in de wijk', en: 'Hours in the wijk' },
  access: { nl: 'Bereik en toegang', en: 'Reach and access' },
  outcomes: { nl: 'Uitkomsten voor huishoudens', en: 'Outcomes for households' },
  safety: { nl: 'Uithuiszettingen en OTS', en: 'Evictions and supervision orders' },
};

export { INDICATOR_GROUPS };
