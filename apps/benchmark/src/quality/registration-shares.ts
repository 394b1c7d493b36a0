import type { DataColumn } from '../components/data-table';
import { formatValue } from '../format/number-format';
import type { ResultOf } from '../graphql/graphql';
import type { Locale } from '../i18n/locale';
import type { DataQualityShares } from './data-quality-page.graphql';
import { type QualityMessageKey, qualityText } from './quality-messages';

/** The shares of the registration, in the order the page lists them. */
export const SHARE_NAMES = [
  'intakeZrm',
  'closureZrm',
  'intakeAndClosureZrm',
  'plansWithoutLead',
  'assessmentsOverdue3Months',
  'assessmentsOverdue6Months',
  'householdsWithoutDistrictTeam',
] as const satisfies readonly QualityMessageKey[];
export type ShareName = (typeof SHARE_NAMES)[number];

export type Shares = ResultOf<typeof DataQualityShares>;
export type Share = Shares[ShareName];

/** A share as a reader sees it: a percentage, or why there is none. */
export function shareText(share: Share, locale: Locale): string {
  if (share.share !== null)
    return formatValue(share.share, { unit: 'share', precision: 1 }, locale);
  const reason = share.suppression?.reason === 'SMALL_NUMBER' ? 'SMALL_NUMBER' : 'NO_DATA';
  return qualityText(locale, `withheld${reason}`);
}

/** A share's value for a CSV export: the fraction, or nothing when withheld. */
export const shareCsv = (share: Share) => share.share;

/** One column per share, for a table with a municipality per row. */
export function shareColumns<Row>(
  locale: Locale,
  sharesOf: (row: Row) => Shares,
): DataColumn<Row>[] {
  return SHARE_NAMES.map((name) => ({
    header: qualityText(locale, name),
    cell: (row) => shareText(sharesOf(row)[name], locale),
    csv: (row) => shareCsv(sharesOf(row)[name]),
    isNumeric: true,
    sortKey: (row) => sharesOf(row)[name].share ?? -1,
  }));
}
