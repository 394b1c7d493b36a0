import { DistributionStrip } from '../charts/distribution-strip';
import { DataTable } from '../components/data-table';
import { FigureValue } from '../components/figure-value';
import { IndicatorExplanation } from '../components/indicator-explanation';
import { formatChange, formatNumber, formatRank, formatValue } from '../format/number-format';
import { formatPeriod } from '../format/period';
import { suppressionLabel } from '../format/suppression';
import { IndicatorFields, SuppressionFields } from '../graphql/documents';
import { readFragment } from '../graphql/graphql';
import { useTranslation } from '../i18n/use-translation';
import { type Figure, type IndicatorComparison, latestPeriod } from './compare-data';

/** One indicator: its explanation, the national strip plot and the table of chosen municipalities. */
export function IndicatorSection({
  comparison,
  headingLevel = 2,
}: {
  comparison: IndicatorComparison;
  headingLevel?: 2 | 3;
}) {
  const { t, locale } = useTranslation();
  const indicator = readFragment(IndicatorFields, comparison.indicator);
  const latest = latestPeriod(comparison);
  if (!latest) return null;
  const { unit } = indicator;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const name = indicator.name[locale];
  const period = formatPeriod(latest.period, locale, 'long');
  const format = (value: number | null | undefined) =>
    value == null ? '' : formatValue(value, unit, locale, { withUnit: false });
  const suppressionOf = (figure: Figure) =>
    figure.suppression ? readFragment(SuppressionFields, figure.suppression) : null;

  return (
    <section className="wn-indicator" aria-labelledby={`indicator-${indicator.code}`}>
      <Heading id={`indicator-${indicator.code}`} className={`utrecht-heading-${headingLevel}`}>
        {name}
      </Heading>
      <IndicatorExplanation indicator={indicator} />
      <div className="wn-chart-and-table">
        <DistributionStrip
          title={t('distributionTitle', { name, period })}
          unit={unit}
          national={latest.national}
          all={latest.allMunicipalities.map((item) => ({
            code: item.municipalityCode,
            name: item.municipalityName,
            value: item.value ?? null,
          }))}
          highlighted={latest.figures.map((figure) => ({
            code: figure.municipality.code,
            name: figure.municipality.name,
            value: figure.value ?? null,
          }))}
        />
        <DataTable
          caption={`${name}, ${period}`}
          fileNameParts={[indicator.code, latest.period]}
          rows={latest.figures}
          rowKey={(figure) => figure.municipality.code}
          columns={[
            {
              header: t('municipality'),
              isRowHeader: true,
              cell: (figure) => figure.municipality.name,
              csv: (figure) => figure.municipality.name,
            },
            {
              header: t('value'),
              isNumeric: true,
              cell: (figure) => (
                <FigureValue
                  figure={{ value: figure.value, suppression: suppressionOf(figure) }}
                  unit={unit}
                />
              ),
              // Shares export as fractions (0-1), as the gateway gives them: exact for analysis.
              csv: (figure) => figure.value,
            },
            {
              header: t('reason'),
              cell: (figure) =>
                figure.value == null ? suppressionLabel(suppressionOf(figure), locale) : '',
              csv: (figure) =>
                figure.value == null ? suppressionLabel(suppressionOf(figure), locale) : '',
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
                figure.changeOnPreviousPeriod == null
                  ? '–'
                  : formatChange(figure.changeOnPreviousPeriod, unit, locale),
              csv: (figure) => figure.changeOnPreviousPeriod,
            },
          ]}
        />
      </div>
    </section>
  );
}
