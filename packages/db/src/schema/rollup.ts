import { doublePrecision, index, integer, primaryKey, snakeCase, text } from 'drizzle-orm/pg-core';
import { tenantIsolationPolicy } from './policies.js';

/**
 * The counts behind every indicator per unit and period: benchmark queries read these, never the
 * base tables. `level` is municipality, team or district; `unitId` the municipality code, team id
 * or district code; `period` `2025-Q3` or `2025`. The value is numerator / denominator * scale of
 * the indicator; `n` is the count the small-number rule looks at.
 */
export const indicatorRollups = snakeCase.table(
  'indicator_rollups',
  {
    municipalityId: text().notNull(),
    level: text().notNull(),
    unitId: text().notNull(),
    period: text().notNull(),
    indicatorCode: text().notNull(),
    numerator: doublePrecision().notNull(),
    denominator: doublePrecision().notNull(),
    n: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.level, t.unitId, t.period, t.indicatorCode] }),
    // "All municipalities, one indicator, twelve quarters" reads one contiguous index range. The
    // migration 20261124090100_covering_benchmark_index adds INCLUDE (unit_id, numerator,
    // denominator, n), which drizzle cannot express, so the read never touches the table.
    index('indicator_rollups_benchmark_idx').on(
      t.indicatorCode,
      t.level,
      t.period,
      t.municipalityId,
    ),
    tenantIsolationPolicy('indicator_rollups', t.municipalityId),
  ],
);
