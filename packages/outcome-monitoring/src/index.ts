export {
  type AssessmentDue,
  FOLLOW_UP_INTERVALS_MONTHS,
  type FollowUpInterval,
  isAssessmentOverdue,
  nextAssessmentDue,
  type ScheduledPlan,
} from './assessment-schedule.js';
export {
  type BenchmarkAccess,
  type BenchmarkViewer,
  benchmarkAccessOf,
  ROLES,
  type Role,
} from './benchmark-access.js';
export {
  type BenchmarkFigure,
  type Suppression,
  suppressionOf,
  WithheldFigureError,
  withheldFigure,
} from './benchmark-figure.js';
export {
  type BenchmarkEntry,
  type BenchmarkStatistics,
  benchmarkStatistics,
  type MunicipalityValue,
  quantile,
} from './benchmark-statistics.js';
export { addMonths, dayBefore, daysBetween } from './calendar-date.js';
export {
  type CompareRequest,
  compareFigures,
  type IndicatorComparison,
  type ListedValue,
  type NationalDistribution,
  type PeriodComparison,
} from './compare-figures.js';
export {
  MAX_COMPARE_PERIODS,
  type PeriodGranularity,
  periodsOfRange,
  periodsToRead,
  periodsWithin,
  periodsWithPrevious,
} from './compare-periods.js';
export {
  type AdditiveRelation,
  additiveRelationSchema,
  planSuppression,
  suppressRelatedFigures,
} from './complementary-suppression.js';
export { computeIndicator } from './compute-indicator.js';
export {
  COST_BENEFIT_INDICATORS,
  type CostBenefitCounts,
  sumCostBenefitCounts,
} from './cost-benefit-counts.js';
export {
  controlDistrictFigures,
  type DistrictFigureShape,
  type DistrictFiguresRequest,
} from './district-figures.js';
export {
  drawPeerGroup,
  type PeerGroupKindCode,
  type PeerGroupMemberShape,
  type PeerGroupShape,
} from './draw-peer-group.js';
export {
  type BilingualText,
  COUNTING_UNITS,
  type CountingUnit,
  INDICATOR_DIRECTIONS,
  INDICATOR_INPUTS,
  INDICATOR_KINDS,
  INDICATOR_LEVELS,
  INDICATOR_UNITS,
  type IndicatorDefinition,
  type IndicatorDirection,
  type IndicatorGroup,
  type IndicatorInput,
  type IndicatorKind,
  type IndicatorLevel,
  type IndicatorUnit,
  indicatorDefinitionSchema,
  indicatorScale,
  PERIOD_RULE_REACH,
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
export { periodTextSchema } from './period-text.js';
export { FLOW_UNITS, planPublicSuppression, yearRelations } from './public-suppression.js';
export {
  COMPLETENESS_MEASURES,
  COMPLETENESS_THRESHOLD,
  type CompletenessCount,
  type CompletenessMeasure,
  completenessShare,
  isBelowCompletenessThreshold,
  type RegistrationShare,
  registrationShare,
} from './registration-completeness.js';
export { rememberedPublicSuppression } from './remembered-suppression.js';
export type {
  ComparisonFigure,
  GroupPublisher,
  MunicipalityRollup,
  UnitRollup,
} from './rollup-figures.js';
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
  MAX_STORY_TEXT_LENGTH,
  parseStory,
  passesElevenTest,
  STORY_STATUSES,
  type Story,
  type StoryStatus,
  storySchema,
} from './story.js';
export {
  planWithheldFigures,
  type RollupCount,
  type WithheldFigures,
} from './withheld-figures.js';
export {
  type DatedChange,
  type IndicatorsReached,
  indicatorsReached,
  periodsReached,
} from './write-reach.js';
export {
  computeZrmChangeByDomain,
  controlZrmChangeByDomain,
  ZRM_DOMAIN_CHANGE_INDICATOR,
  type ZrmDomainCounts,
  type ZrmDomainFigure,
} from './zrm-domain-change.js';
