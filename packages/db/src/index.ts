export * from './access/index.js';
export {
  type AuditLogEntry,
  type AuditLogFilter,
  auditLogCsv,
  readAuditLog,
} from './audit/read-audit-log.js';
export {
  type ComparisonRead,
  type ReadComparisonFiguresOptions,
  readComparisonFigures,
} from './benchmark/comparison-figures.js';
export { type TeamWithRelations, toDomainTeam } from './benchmark/domain-team.js';
export type { MunicipalityCharacteristics } from './benchmark/municipality-profiles.js';
export {
  readAccessMandates,
  readDistrictsOf,
  readMunicipalities,
  readMunicipalityCharacteristics,
} from './benchmark/municipality-profiles.js';
export type { ReadMunicipalityRollupsOptions } from './benchmark/municipality-rollups.js';
export {
  readMunicipalityRollups,
  readPublishingMunicipalities,
} from './benchmark/municipality-rollups.js';
export {
  type PublicFigure,
  readPublicationPreview,
} from './benchmark/publication-preview.js';
export { readPublicationVersion } from './benchmark/publication-version.js';
export type { ReadStoriesOptions, StoryRow } from './benchmark/stories.js';
export { readStories } from './benchmark/stories.js';
export type { ReadUnitRollupsOptions } from './benchmark/unit-rollups.js';
export { readUnitRollups } from './benchmark/unit-rollups.js';
export { readZrmDomainSeries, type ZrmDomainSeries } from './benchmark/zrm-domain-rollups.js';
export { today } from './clock.js';
export type { CreateDatabaseOptions, Database, DatabaseHandle } from './database.js';
export { createDatabase, queryRows, schema } from './database.js';
export {
  type DeliverFileOptions,
  type DeliveryActor,
  deliverFile,
  KEPT_PROBLEMS,
} from './delivery/deliver-file.js';
export type { DeliveryRow } from './delivery/delivery-row.js';
export {
  type DeliveredKinds,
  problemReportCsv,
  readDeliveredKinds,
  readDeliveries,
  readDeliveryProblems,
} from './delivery/read-deliveries.js';
export {
  EXPORT_COLUMNS,
  type ExportBenchmarkOptions,
  ExportError,
  exportBenchmarkCsv,
} from './export/benchmark-export.js';
export {
  type ImportCsvOptions,
  type ImportRow,
  type ImportSummary,
  importCsv,
  importCsvInScope,
  type WriteRowsOptions,
  writeRows,
} from './import/import-csv.js';
export {
  IMPORT_ERROR_CODES,
  ImportError,
  type ImportErrorCode,
  type ImportProblem,
} from './import/import-error.js';
export { IMPORT_KINDS, type ImportKindName } from './import/import-kind.js';
export { resolvePseudonymSecret } from './import/pseudonym-secret.js';
export { idOfReferencedRow, type ReferencedRow } from './import/reference-ids.js';
export type { CsvSource } from './import/utf8-text.js';
export type { MigrateOptions } from './migrate.js';
export { MIGRATIONS_FOLDER, migrate } from './migrate.js';
export { readPublicReadCounts } from './public-replicas.js';
export {
  type LastDelivery,
  type RegistrationCounts,
  readDataQuality,
  readLastDeliveries,
} from './quality/read-data-quality.js';
export { loadReferenceData } from './reference/load-reference-data.js';
export { DATA_FOLDER } from './reference/reference-data.js';
export {
  type CaseloadPosition,
  decodeCaseloadCursor,
  encodeCaseloadCursor,
  PageRequestError,
  type PageRequestErrorCode,
} from './request/caseload-cursor.js';
export {
  type CaseloadFilter,
  type CaseloadPage,
  type CaseloadPageRequest,
  type CaseloadPlan,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  readCaseloadPage,
} from './request/read-caseload-page.js';
export {
  type AuditActor,
  type AuditEntry,
  auditRowsInsert,
  writeAuditRows,
} from './request/write-audit-rows.js';
export {
  type IndicatorCounts,
  type LineageShare,
  readMunicipalityLineage,
  readPublishedSeriesOnCurrentMunicipalities,
  recomputeOnCurrentMunicipalities,
} from './rollups/current-municipalities.js';
export { extendRollupsToToday } from './rollups/extend-to-today.js';
export { INDICATOR_DEFINITIONS, type IndicatorCode } from './rollups/indicator-definitions.js';
export { firstDataDay, keptPeriods, keptPeriodsFrom } from './rollups/kept-periods.js';
export { readPublishedPeriods } from './rollups/published-periods.js';
export {
  fillMissingPublicFigures,
  refreshPublicFigures,
} from './rollups/refresh-public-figures.js';
export {
  type RefreshRollupsOptions,
  rebuildRollups,
  refreshRollups,
} from './rollups/refresh-rollups.js';
export { relations } from './schema/relations.js';
export {
  DEMO_MUNICIPALITIES,
  hasMunicipalitiesWithoutRollups,
  SEED_SCALES,
  type SeedOptions,
  type SeedScale,
  seed,
} from './seed/seed.js';
export { SQL_FILES, SQL_FOLDER } from './sql-files.js';
export type { Scope, ScopeRole } from './tenancy.js';
export { readInScope, ScopeError, withScope } from './tenancy.js';
export {
  insertStory,
  type PublicationSetting,
  readPublicationSettings,
  setPublication,
  setStoryStatus,
  WriteRefusedError,
} from './writes/stories-and-publication.js';
