import type { DataColumn } from '../components/data-table';
import { figureContent } from '../components/figure-value';
import { type FigureScale, formatChange, formatNumber, formatRank } from '../format/number-format';
import type { Locale } from '../i18n/locale';
import type { Translate } from '../i18n/use-translation';
import type { Figure } from './compare-data';

type FigureColumn = 'value' | 'n' | 'zScore' | 'rank' | 'change';

/**
 * The columns every table of benchmark figures shows of a row's figure, written once: value
 * (or, in its place, why there is none), n, z-score, rank and change on the previous period. The
 * value and rank columns sort; a withheld figure sorts last.
 */
export function figureColumns<Row>(
  figureOf: (row: Row) => Figure,
  unitOf: (row: Row) => FigureScale,
  { t, locale }: { t: Translate; locale: Locale },
): Record<FigureColumn, DataColumn<Row>> {
  return {
    value: {
      header: t('value'),
      isNumeric: true,
      cell: (row) => figureContent(figureOf(row), unitOf(row), locale),
      csv: (row) => figureOf(row).value,
      sortKey: (row) => figureOf(row).value,
    },
    n: {
      header: t('n'),
      isNumeric: true,
      cell: (row) => {
        const { n } = figureOf(row);
        return n === null ? '–' : formatNumber(n, locale);
      },
      csv: (row) => figureOf(row).n,
    },
    zScore: {
      header: t('zScore'),
      isNumeric: true,
      cell: (row) => {
        const { zScore } = figureOf(row);
        return zScore === null ? '–' : formatNumber(zScore, locale, 1, true);
      },
      csv: (row) => figureOf(row).zScore,
    },
    rank: {
      header: t('rank'),
      isNumeric: true,
      cell: (row) => {
        const { rank, rankOutOf } = figureOf(row);
        return rank === null || rankOutOf === null ? '–' : formatRank(rank, rankOutOf, locale);
      },
      csv: (row) => figureOf(row).rank,
      sortKey: (row) => figureOf(row).rank,
    },
    change: {
      header: t('change'),
      isNumeric: true,
      cell: (row) => {
        const { change } = figureOf(row);
        return change === null ? '–' : formatChange(change, unitOf(row), locale);
      },
      csv: (row) => figureOf(row).change,
    },
  };
}
