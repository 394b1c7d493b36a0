export {
  type BenchmarkEntry,
  type BenchmarkStatistics,
  benchmarkStatistics,
  type MunicipalityValue,
  quantile,
} from './benchmark-statistics.js';
export { addMonths, daysBetween } from './calendar-date.js';
export {
  type AdditiveRelation,
  additiveRelationSchema,
  planSuppression,
  suppressRelatedFigures,
} from './complementary-suppression.js';
export { computeIndicator } from './compute-indicator.js';
export {
  type BilingualText,
  COUNTING_UNITS,
  type CountingUnit,
  INDICATOR_DIRECTIONS,
  INDICATOR_KINDS,
  INDICATOR_LEVELS,
  INDICATOR_UNITS,
  type IndicatorDefinition,
  type IndicatorDirection,
  type IndicatorGroup,
  type IndicatorKind,
  type IndicatorLevel,
  type IndicatorUnit,
  indicatorDefinitionSchema,
  indicatorScale,
  PERIOD_RULES,
  type PeriodRule,
  UNIT_SCALES,
} from './indicator-definition.js';
export type { IndicatorFigure } from './indicator-figure.js';
export {
  getIndicator,
  INDICATOR_GROUP_NAMES,
  INDICATOR_GROUPS,
  INDICATORS,
  type IndicatorCode,
  indicatorsInGroup,
  isIndicatorCode,
} from './indicator-registry.js';
export { estimatedMinors, MINORS_SHARE_ESTIMATE_PER_MILLE } from './minors-estimate.js';
export {
  MONITORING_ERROR_CODES,
  MonitoringError,
  type MonitoringErrorCode,
} from './monitoring-error.js';
export {
  type AreaFigures,
  type AssessmentRecord,
  assessmentRecordSchema,
  type ClosureReason,
  type EventRecord,
  eventRecordSchema,
  type HouseholdRecord,
  householdRecordSchema,
  MONITORED_EVENT_KINDS,
  type MonitoredEventKind,
  type MonitoringRecords,
  type MonitoringRecordsInput,
  monitoringRecordsSchema,
  type PlanRecord,
  planRecordSchema,
  type TeamMemberRecord,
  type TeamRecord,
  teamMemberRecordSchema,
  teamRecordSchema,
} from './monitoring-records.js';
export {
  type MunicipalityProfile,
  type MunicipalityProfileInput,
  municipalityProfileSchema,
  SIZE_CLASSES,
  type SizeClass,
  sizeClassOf,
} from './municipality-profile.js';
export { findPeerGroup, PEER_GROUP_KINDS, type PeerGroupKind } from './peer-groups.js';
export {
  formatPeriod,
  isDateInPeriod,
  nextPeriod,
  type Period,
  parsePeriod,
  periodEnd,
  periodStart,
  periodsBetween,
  periodTextSchema,
  previousPeriod,
  quartersOf,
} from './period.js';
export {
  isPeriodComplete,
  latestCompletePeriod,
  periodLabel,
  periodsFromTo,
  quarterOf,
  yearCompleteThroughQuarter,
} from './period-calendar.js';
export {
  type DateRange,
  isActiveOn,
  isClosedWithin,
  isOpenDuring,
  isOpenOn,
  isWithin,
} from './period-rules.js';
export { FLOW_UNITS, planPublicSuppression, yearRelations } from './public-suppression.js';
export { findSimilarMunicipalities, type SimilarMunicipality } from './similar-municipalities.js';
export {
  type ControlledFigure,
  DEFAULT_SUPPRESSION_THRESHOLD,
  DISCLOSURE_CONTROL_REASONS,
  type DisclosureControlReason,
  type PublishedFigure,
  SUPPRESSION_REASONS,
  type SuppressedFigure,
  type SuppressionOptions,
  type SuppressionReason,
  suppress,
} from './small-number-suppression.js';
export {
  type BenefitLine,
  PREVENTED_HARMS,
  type PreventedHarm,
  type SocialCostBenefit,
  type SocialCostBenefitInput,
  socialCostBenefit,
  socialCostBenefitInputSchema,
} from './social-cost-benefit.js';
export {
  findIdentityHints,
  type IdentityHint,
  parseStory,
  passesElevenTest,
  type Story,
  storySchema,
} from './story.js';
