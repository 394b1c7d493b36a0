import { DistributionStrip } from '../charts/distribution-strip';
import { DataTable } from '../components/data-table';
import { FigureValue } from '../components/figure-value';
import { IndicatorExplanation } from '../components/indicator-explanation';
import { formatChange, formatNumber, formatRank, formatValue } from '../format/number-format';
import { formatPeriod } from '../format/period';
import { suppressionLabel } from '../format/suppression';
import { IndicatorFields } from '../graphql/documents';
import { readFragment } from '../graphql/graphql';
import { useTranslation } from '../i18n/use-translation';
import {
  figuresOf,
  type IndicatorComparison,
  type MunicipalValue,
  readNational,
} from './compare-data';

/** One indicator: its explanation, the national strip plot and the table of chosen municipalities. */
export function IndicatorSection({
  comparison,
  all,
}: {
  comparison: IndicatorComparison;
  /** Every municipality's value in the latest period, for the strip plot. */
  all: readonly MunicipalValue[];
}) {
  const { t, locale } = useTranslation();
  const indicator = readFragment(IndicatorFields, comparison.indicator);
  const latestPeriod = comparison.periods.at(-1);
  if (!latestPeriod) return null;
  const latest = {
    period: latestPeriod.period,
    national: readNational(latestPeriod.national),
    figures: figuresOf(latestPeriod),
  };
  const { unit } = indicator;
  const name = indicator.name[locale];
  const period = formatPeriod(latest.period, locale, 'long');
  const format = (value: number | null | undefined) =>
    value == null ? '' : formatValue(value, unit, locale, { withUnit: false });

  return (
    <section className="wn-indicator" aria-labelledby={`indicator-${indicator.code}`}>
      <h2 id={`indicator-${indicator.code}`} className="utrecht-heading-2">
        {name}
      </h2>
      <IndicatorExplanation indicator={indicator} />
      <div className="wn-chart-and-table">
        <DistributionStrip
          title={t('distributionTitle', { name, period })}
          unit={unit}
          national={latest.national}
          all={all.map((item) => ({
            code: item.municipalityCode,
            name: item.municipalityName,
            value: item.value ?? null,
          }))}
          highlighted={latest.figures}
        />
        <DataTable
          caption={`${name}, ${period}`}
          fileNameParts={[indicator.code, latest.period]}
          rows={latest.figures}
          rowKey={(figure) => figure.code}
          columns={[
            {
              header: t('municipality'),
              isRowHeader: true,
              cell: (figure) => figure.name,
              csv: (figure) => figure.name,
            },
            {
              header: t('value'),
              isNumeric: true,
              cell: (figure) => <FigureValue figure={figure} unit={unit} />,
              // Shares export as fractions (0-1), as the gateway gives them: exact for analysis.
              csv: (figure) => figure.value,
            },
            {
              header: t('reason'),
              cell: (figure) =>
                figure.value == null ? suppressionLabel(figure.suppression, locale) : '',
              csv: (figure) =>
                figure.value == null ? suppressionLabel(figure.suppression, locale) : '',
            },
            {
              header: t('n'),
              isNumeric: true,
              cell: (figure) => (figure.n == null ? '–' : formatNumber(figure.n, locale)),
              csv: (figure) => figure.n,
            },
            {
              header: t('nationalMedian'),
              isNumeric: true,
              cell: () => format(latest.national.median),
              csv: () => latest.national.median,
            },
            {
              header: 'P10',
              isNumeric: true,
              cell: () => format(latest.national.p10),
              csv: () => latest.national.p10,
            },
            {
              header: 'P90',
              isNumeric: true,
              cell: () => format(latest.national.p90),
              csv: () => latest.national.p90,
            },
            {
              header: t('rank'),
              isNumeric: true,
              cell: (figure) =>
                figure.rank == null || figure.rankOutOf == null
                  ? '–'
                  : formatRank(figure.rank, figure.rankOutOf, locale),
              csv: (figure) => figure.rank,
            },
            {
              header: t('change'),
              isNumeric: true,
              cell: (figure) =>
                figure.change == null ? '–' : formatChange(figure.change, unit, locale),
              csv: (figure) => figure.change,
            },
          ]}
        />
      </div>
    </section>
  );
}
