import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  doublePrecision,
  index,
  integer,
  pgPolicy,
  primaryKey,
  snakeCase,
  text,
} from 'drizzle-orm/pg-core';
import { appRole, tenantIsolationPolicy } from './policies.js';

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
    // A write's refresh removes the rows of a few periods and indicators that no longer have a
    // figure: this finds them without reading the municipality's other rows.
    index('indicator_rollups_period_idx').on(t.municipalityId, t.period, t.indicatorCode),
    tenantIsolationPolicy('indicator_rollups', t.municipalityId),
  ],
);

/**
 * What everyone but the owner may see of each municipality-level rollup (openbaar cijfer): the
 * value and n, or only the reason it is withheld (`SMALL_NUMBER` or `DERIVABLE`) after
 * small-number and complementary suppression of the municipality's whole series. The rollup
 * write path (refreshPublicFigures) writes it in the same transaction as the rollups, so a
 * comparison reads finished figures; a withheld row never holds a value or a count. Whether the
 * municipality publishes is not in here: the `published_indicator_figures` view applies it.
 */
export const publicIndicatorFigures = snakeCase.table(
  'public_indicator_figures',
  {
    municipalityId: text().notNull(),
    indicatorCode: text().notNull(),
    period: text().notNull(),
    value: doublePrecision(),
    n: integer(),
    suppressionReason: text(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.indicatorCode, t.period] }),
    // "All municipalities, one indicator, twelve quarters" reads one contiguous index range; the
    // migration adds INCLUDE (value, n, suppression_reason), which drizzle cannot express.
    index('public_indicator_figures_benchmark_idx').on(t.indicatorCode, t.period, t.municipalityId),
    check(
      'public_indicator_figures_withheld_has_no_count',
      sql`${t.suppressionReason} is null or (${t.suppressionReason} in ('SMALL_NUMBER', 'DERIVABLE') and ${t.value} is null and ${t.n} is null)`,
    ),
    tenantIsolationPolicy('public_indicator_figures', t.municipalityId),
  ],
);

/**
 * How often each municipality's published figures changed (publicatieversie): one row per
 * municipality, plus '' for what all comparisons share (the municipalities, their mergers, the
 * indicator definitions). Triggers bump it in the writing transaction itself, so the sum over all
 * rows grows with every commit that changes what a comparison may show, and never otherwise
 * falls. A gateway keys its cache of public answers on that sum: one short read tells whether a
 * kept answer still stands, in every process, whoever wrote.
 */
export const publicationVersions = snakeCase.table(
  'publication_versions',
  {
    municipalityId: text().primaryKey(),
    version: bigint({ mode: 'number' }).notNull(),
  },
  () => [
    // Readable in every scope; with no other policy the app role can write none of it (the
    // triggers write with their owner's rights).
    pgPolicy('publication_versions_readable', {
      as: 'permissive',
      for: 'select',
      to: appRole,
      using: sql`true`,
    }),
  ],
);

/**
 * ZRM change per life domain (ZRM-verandering per leefgebied) of one municipality and period:
 * over the plans closed in the period and scored on the domain at intake and at closure, the
 * summed change (closure − intake, whole steps, so exact), how many plans, and how many
 * improved, stayed the same or worsened on it. The rollup write path
 * (refresh_zrm_domain_rollups) keeps it, with the same plans and periods as the indicator
 * zrm-mean-change, whose publication group it follows.
 */
export const zrmDomainRollups = snakeCase.table(
  'zrm_domain_rollups',
  {
    municipalityId: text().notNull(),
    period: text().notNull(),
    lifeDomain: text().notNull(),
    changeSum: integer().notNull(),
    n: integer().notNull(),
    improved: integer().notNull(),
    unchanged: integer().notNull(),
    worsened: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.period, t.lifeDomain] }),
    check(
      'zrm_domain_rollups_trajectories_add_up',
      sql`${t.improved} + ${t.unchanged} + ${t.worsened} = ${t.n}`,
    ),
    tenantIsolationPolicy('zrm_domain_rollups', t.municipalityId),
  ],
);
