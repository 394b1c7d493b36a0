export { AGE_BANDS, type AgeBand, ageBandLabel, ageBandSchema } from './age-bands.js';
export {
  ASSESSMENT_MOMENTS,
  type AssessmentMoment,
  assessmentMomentSchema,
  describeInapplicableScores,
  findInapplicableScores,
  type ZrmAssessment,
  zrmAssessmentSchema,
} from './assessment.js';
export { type CalendarDate, calendarDateSchema } from './calendar-date.js';
export {
  type DistrictCode,
  districtCodeSchema,
  isDistrictOfMunicipality,
  type MunicipalityCode,
  municipalityCodeOfDistrict,
  municipalityCodeSchema,
} from './cbs-codes.js';
export {
  findHouseholdInconsistencies,
  type Household,
  type HouseholdInconsistency,
  householdSchema,
} from './household.js';
export { HouseholdError, type HouseholdErrorCode } from './household-error.js';
export {
  INTAKE_CHANNELS,
  type IntakeChannel,
  intakeChannelLabel,
  intakeChannelSchema,
} from './intake-channels.js';
export {
  applicableLifeDomains,
  doesLifeDomainApply,
  LIFE_DOMAINS,
  type LifeDomain,
  lifeDomainLabel,
  lifeDomainSchema,
  PARENTING_DOMAIN,
  ZRM_DOMAINS,
  type ZrmDomain,
} from './life-domains.js';
export { LOCALES, type Locale, type LocalisedLabel, localeSchema } from './locale.js';
export {
  MIN_SECRET_BYTES,
  pseudonymiseReference,
  type ReferenceHash,
  referenceHashSchema,
} from './pseudonymise.js';
export {
  compareWithTwentyPercent,
  DEFAULT_NEAR_MARGIN,
  EIGHTY_TWENTY_FIVE,
  reachPer1000Households,
  type TwentyPercentComparison,
  type TwentyPercentVerdict,
} from './reach.js';
export { ZRM_SCORES, type ZrmScore, zrmScoreLabel, zrmScoreSchema } from './zrm-scale.js';
