import { type DisclosureControlReason, periodEnd, periodStart } from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { textArray } from '../sql-values.js';
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
  /** Start with a byte order mark, which Excel needs to read UTF-8 (R does not want one). */
  readonly withByteOrderMark?: boolean | undefined;
}

interface ExportRow {
  municipality_id: string;
  name: string;
  indicator_code: string;
  period: string;
  value: number | string | null;
  numerator: number | string | null;
  denominator: number | string | null;
  n: number | string | null;
  suppression_reason: DisclosureControlReason | null;
}

const numberOrEmpty = (cell: number | string | null) => (cell === null ? '' : Number(cell));

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
 * history under its current code). The caller sees only what its scope may: a municipality all
 * its own figures in full, and everyone the other municipalities' published figures exactly as
 * `compare` shows them. Those come from the public figures the rollup write path stores
 * (`refreshPublicFigures`, planned by outcome-monitoring's `planPublicSuppression`): the same
 * value, and the same withheld figures (small numbers, and those a subtraction of published ones
 * would reveal) with their reason and an empty value and counts, never zero.
 */
export async function exportBenchmarkCsv(
  db: Database,
  options: ExportBenchmarkOptions,
): Promise<string> {
  const codes = options.indicatorCodes ?? [];
  const from = boundsOf(options.periodFrom, 'start');
  const to = boundsOf(options.periodTo, 'end');
  const rows = await withScope(db, options.scope, async (tx) => {
    await checkIndicators(tx, codes);
    const own = options.scope.role === 'institute' ? '' : options.scope.municipalityId;
    const codeList = sql`${textArray(codes)}::text[]`;
    const ownFilter = codes.length === 0 ? sql`true` : sql`r.indicator_code = any(${codeList})`;
    const publishedFilter =
      codes.length === 0 ? sql`true` : sql`f.indicator_code = any(${codeList})`;
    // Own rows through row-level security, everyone else's as compare reads them: the published
    // figures, their counts only where the figure is shown.
    return queryRows<ExportRow>(
      tx,
      sql`select r.municipality_id, m.name, r.indicator_code, r.period,
                 case when r.denominator <> 0 then r.numerator / r.denominator * d.scale end as value,
                 r.numerator, r.denominator, r.n, null as suppression_reason
            from own_rollups_on_current_municipalities r
            join indicator_definitions d on d.code = r.indicator_code
            join municipalities m on m.id = r.municipality_id
           where r.municipality_id = ${own} and ${ownFilter}
          union all
          select f.municipality_id, m.name, f.indicator_code, f.period, f.value,
                 case when f.suppression_reason is null then r.numerator end,
                 case when f.suppression_reason is null then r.denominator end,
                 f.n, f.suppression_reason
            from published_indicator_figures f
            join municipalities m on m.id = f.municipality_id
            left join published_rollups_on_current_municipalities r
              on r.municipality_id = f.municipality_id and r.indicator_code = f.indicator_code
             and r.period = f.period
           where f.municipality_id <> ${own} and ${publishedFilter}
          order by 1, 3, 4`,
    );
  });
  let csv = `${options.withByteOrderMark ? '\uFEFF' : ''}${csvLine(EXPORT_COLUMNS)}`;
  for (const row of rows) {
    if (from !== undefined && periodStart(row.period) < from) continue;
    if (to !== undefined && periodEnd(row.period) > to) continue;
    csv += csvLine([
      row.municipality_id,
      row.name,
      row.indicator_code,
      row.period,
      numberOrEmpty(row.value),
      numberOrEmpty(row.numerator),
      numberOrEmpty(row.denominator),
      numberOrEmpty(row.n),
      row.suppression_reason !== null,
      row.suppression_reason ?? '',
    ]);
  }
  return csv;
}
