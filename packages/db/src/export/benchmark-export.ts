import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  periodEnd,
  periodStart,
  suppress,
} from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { type Scope, withScope } from '../tenancy.js';
import { csvLine } from './csv-format.js';

/** The columns of the export, in order. */
export const EXPORT_COLUMNS = [
  'municipality_code',
  'municipality_name',
  'indicator_code',
  'period',
  'value',
  'numerator',
  'denominator',
  'n',
  'is_suppressed',
  'suppression_reason',
] as const;

/** Why an export was refused: an unknown indicator or a malformed period. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
  readonly code: 'unknown-indicator' | 'invalid-period';
  constructor(code: ExportError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

export interface ExportBenchmarkOptions {
  /** Who asks: an institute sees published figures only, a municipality also all of its own. */
  readonly scope: Scope;
  /** Only these indicators (codes); all when absent or empty. */
  readonly indicatorCodes?: readonly string[] | undefined;
  /** Only periods that start on or after this period's start (`2024`, `2024-Q2`). */
  readonly periodFrom?: string | undefined;
  /** Only periods that end on or before this period's end. */
  readonly periodTo?: string | undefined;
  /** Small-number threshold for other municipalities' figures; 10 by default. */
  readonly threshold?: number | undefined;
  /** Start with a byte order mark, which Excel needs to read UTF-8 (R does not want one). */
  readonly withByteOrderMark?: boolean | undefined;
}

interface ExportRow {
  municipality_id: string;
  name: string;
  indicator_code: string;
  period: string;
  numerator: number | string;
  denominator: number | string;
  n: number | string;
  scale: number | string;
  is_own: boolean;
}

function boundsOf(period: string | undefined, which: 'start' | 'end'): string | undefined {
  if (period === undefined) return undefined;
  try {
    return which === 'start' ? periodStart(period) : periodEnd(period);
  } catch {
    throw new ExportError(
      'invalid-period',
      `"${period}" is not a period: write a year (2024) or a quarter (2024-Q3).`,
    );
  }
}

async function checkIndicators(tx: Database, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  const known = await queryRows<{ code: string }>(tx, sql`select code from indicator_definitions`);
  const knownCodes = new Set(known.map((row) => row.code));
  const unknown = codes.filter((code) => !knownCodes.has(code));
  if (unknown.length > 0) {
    throw new ExportError(
      'unknown-indicator',
      `Unknown indicator(s) ${unknown.join(', ')}; the indicators are ${[...knownCodes].sort().join(', ')}.`,
    );
  }
}

/**
 * The benchmark figures as CSV (UTF-8, header row, comma-separated, decimal point) for R or
 * Excel: per municipality, indicator and period the value, numerator, denominator and n, read
 * from the municipality-level rollups on today's municipalities (a merged municipality's
 * history under its current code). The caller sees only what its scope may: other
 * municipalities' published figures, suppressed below the threshold (empty value and counts
 * with the reason, never zero), and for a municipality all its own figures unsuppressed.
 */
export async function exportBenchmarkCsv(
  db: Database,
  options: ExportBenchmarkOptions,
): Promise<string> {
  const codes = options.indicatorCodes ?? [];
  const from = boundsOf(options.periodFrom, 'start');
  const to = boundsOf(options.periodTo, 'end');
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const rows = await withScope(db, options.scope, async (tx) => {
    await checkIndicators(tx, codes);
    const own = options.scope.role === 'institute' ? '' : options.scope.municipalityId;
    const indicatorFilter =
      codes.length === 0
        ? sql`true`
        : sql`r.indicator_code = any(${`{${codes.join(',')}}`}::text[])`;
    // Own rows through row-level security, everyone else's through the published view only.
    return queryRows<ExportRow>(
      tx,
      sql`select r.municipality_id, m.name, r.indicator_code, r.period, r.numerator, r.denominator, r.n, d.scale, true as is_own
            from own_rollups_on_current_municipalities r
            join indicator_definitions d on d.code = r.indicator_code
            join municipalities m on m.id = r.municipality_id
           where r.municipality_id = ${own} and ${indicatorFilter}
          union all
          select r.municipality_id, m.name, r.indicator_code, r.period, r.numerator, r.denominator, r.n, d.scale, false
            from published_rollups_on_current_municipalities r
            join indicator_definitions d on d.code = r.indicator_code
            join municipalities m on m.id = r.municipality_id
           where r.municipality_id <> ${own} and ${indicatorFilter}
          order by 1, 3, 4`,
    );
  });
  let csv = `${options.withByteOrderMark ? '\uFEFF' : ''}${csvLine(EXPORT_COLUMNS)}`;
  for (const row of rows) {
    if (from !== undefined && periodStart(row.period) < from) continue;
    if (to !== undefined && periodEnd(row.period) > to) continue;
    const numerator = Number(row.numerator);
    const denominator = Number(row.denominator);
    const figure = {
      code: row.indicator_code,
      period: row.period,
      value: denominator === 0 ? null : (numerator / denominator) * Number(row.scale),
      numerator,
      denominator,
      n: Number(row.n),
    };
    const shown = row.is_own
      ? { ...figure, isSuppressed: false as const }
      : suppress(figure, { threshold });
    csv += csvLine([
      row.municipality_id,
      row.name,
      row.indicator_code,
      row.period,
      shown.value,
      shown.numerator,
      shown.denominator,
      shown.n,
      shown.isSuppressed,
      shown.isSuppressed ? shown.reason : '',
    ]);
  }
  return csv;
}
