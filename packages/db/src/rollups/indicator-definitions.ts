import { INDICATORS, type IndicatorCode, indicatorScale } from '@wijknet/outcome-monitoring';

/**
 * The indicators the rollups count, read from the registry of @wijknet/outcome-monitoring (the
 * one place an indicator is defined): its code, publication group, and the `scale` that turns
 * numerator / denominator into its unit. The reference loader writes them to
 * `indicator_definitions`, which the SQL views join on.
 */
export const INDICATOR_DEFINITIONS: readonly {
  code: IndicatorCode;
  indicatorGroup: (typeof INDICATORS)[number]['group'];
  scale: number;
}[] = INDICATORS.map((definition) => ({
  code: definition.code,
  indicatorGroup: definition.group,
  scale: indicatorScale(definition),
}));

export type { IndicatorCode };
