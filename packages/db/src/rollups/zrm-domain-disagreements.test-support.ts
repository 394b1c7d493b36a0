import { computeZrmChangeByDomain, type MonitoringRecordsInput } from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';

interface DomainRow {
  period: string;
  life_domain: string;
  change_sum: number;
  n: number;
  improved: number;
  unchanged: number;
  worsened: number;
}

const describeCounts = (counts: Omit<DomainRow, 'period' | 'life_domain'> | undefined) =>
  counts
    ? `sum ${counts.change_sum}, n ${counts.n}, ${counts.improved}/${counts.unchanged}/${counts.worsened}`
    : 'nothing';

/**
 * Where the SQL rollup of ZRM change per life domain (zrm_domain_rollups) and
 * computeZrmChangeByDomain disagree for one municipality's records, over the kept periods, as
 * readable lines. Counts the domain figures compared in `covered`, so a caller can tell the
 * generated rows reached them.
 */
export async function zrmDomainDisagreements(
  db: Database,
  options: {
    municipalityId: string;
    records: MonitoringRecordsInput;
    periods: readonly string[];
    covered: { domainFigures: number };
  },
): Promise<string[]> {
  const rows = await queryRows<DomainRow>(
    db,
    sql`select period, life_domain, change_sum, n, improved, unchanged, worsened
          from zrm_domain_rollups where municipality_id = ${options.municipalityId}`,
  );
  const sqlCounts = new Map(rows.map((row) => [`${row.life_domain}|${row.period}`, row]));
  const problems: string[] = [];
  for (const period of options.periods) {
    for (const counts of computeZrmChangeByDomain(options.records, period)) {
      const key = `${counts.lifeDomain}|${period}`;
      const row = sqlCounts.get(key);
      sqlCounts.delete(key);
      options.covered.domainFigures += 1;
      const expected = {
        change_sum: counts.changeSum,
        n: counts.n,
        improved: counts.improved,
        unchanged: counts.unchanged,
        worsened: counts.worsened,
      };
      if (describeCounts(row) !== describeCounts(expected))
        problems.push(`${key}: SQL ${describeCounts(row)}, TypeScript ${describeCounts(expected)}`);
    }
  }
  for (const key of sqlCounts.keys()) problems.push(`${key}: SQL has counts TypeScript does not`);
  return problems;
}
