import { memo, useMemo } from 'react';
import { DistributionStrip } from '../charts/distribution-strip';
import { DataTable } from '../components/data-table';
import { figureContent } from '../components/figure-value';
import { IndicatorExplanation } from '../components/indicator-explanation';
import { formatChange, formatNumber, formatRank, formatValue } from '../format/number-format';
import { formatPeriod } from '../format/period';
import { suppressionLabel } from '../format/suppression';
import { IndicatorFields } from '../graphql/documents';
import { readFragment } from '../graphql/graphql';
import { useTranslation } from '../i18n/use-translation';
import { figuresOf, readNational, type SectionComparison } from './compare-data';

/**
 * One indicator in the last period: its explanation, the national strip plot and the table of
 * the chosen municipalities. Drawn again only when its comparison changes.
 */
export const IndicatorSection = memo(function IndicatorSection({
  comparison,
}: {
  comparison: SectionComparison;
}) {
  const { t, locale } = useTranslation();
  const indicator = readFragment(IndicatorFields, comparison.indicator);
  const latestPeriod = comparison.periods.at(-1);
  const latest = useMemo(
    () =>
      latestPeriod && {
        period: latestPeriod.period,
        national: readNational(latestPeriod.national),
        figures: figuresOf(latestPeriod),
        all: latestPeriod.allMunicipalities.map((item) => ({
          code: item.municipalityCode,
          value: item.value ?? null,
        })),
      },
    [latestPeriod],
  );
  if (!latest) return null;
  const { unit } = indicator;
  const name = indicator.name[locale];
  const period = formatPeriod(latest.period, locale, 'long');
  const format = (value: number | null | undefined) =>
    value == null ? '' : formatValue(value, unit, locale, { withUnit: false });

  return (
    <section
      className="wn-indicator wn-indicator--below-the-fold"
      aria-labelledby={`indicator-${indicator.code}`}
    >
      <h2 id={`indicator-${indicator.code}`} className="utrecht-heading-2">
        {name}
      </h2>
      <IndicatorExplanation indicator={indicator} />
      <div className="wn-chart-and-table">
        <DistributionStrip
          title={t('distributionTitle', { name, period })}
          unit={unit}
          national={latest.national}
          all={latest.all}
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
              cell: (figure) => figureContent(figure, unit, locale),
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
});
