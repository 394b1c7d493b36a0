import { memo, useMemo } from 'react';
import { TimeSeriesChart } from '../charts/time-series';
import { DataTable } from '../components/data-table';
import { figureContent } from '../components/figure-value';
import { IndicatorExplanation } from '../components/indicator-explanation';
import { IndicatorFields } from '../components/indicator-explanation.graphql';
import { usePeriodName } from '../components/use-periods';
import { longFigureOf, toLongCsvTable } from '../csv/long-format';
import { exportDecimals, formatValue } from '../format/number-format';
import { readFragment } from '../graphql/graphql';
import { useTranslation } from '../i18n/use-translation';
import {
  type Figure,
  figuresOf,
  municipalitiesOf,
  readNational,
  type SeriesComparison,
} from './compare-data';

/**
 * The chosen indicator over time for the chosen municipalities, against the national median
 * and band, with the same numbers in a table. Drawn again only when its comparison changes.
 */
export const TimeSeriesSection = memo(function TimeSeriesSection({
  comparison,
}: {
  comparison: SeriesComparison;
}) {
  const { t, locale } = useTranslation();
  const periodName = usePeriodName();
  const indicator = readFragment(IndicatorFields, comparison.indicator);
  const unit = indicator;
  const { periods, municipalities, rows } = useMemo(() => {
    const rows = comparison.periods.map((period) => ({
      period: period.period,
      national: readNational(period.national),
      figures: new Map<string, Figure>(figuresOf(period).map((figure) => [figure.code, figure])),
    }));
    return {
      periods: rows.map((row) => row.period),
      municipalities: municipalitiesOf(comparison.periods),
      rows,
    };
  }, [comparison]);
  const series = useMemo(
    () =>
      municipalities.map((municipality) => ({
        ...municipality,
        points: rows.map((row) => ({
          period: row.period,
          value: row.figures.get(municipality.code)?.value ?? null,
        })),
      })),
    [municipalities, rows],
  );
  const band = useMemo(() => rows.map((row) => ({ period: row.period, ...row.national })), [rows]);
  const title = t('timeSeriesTitle', { name: indicator.name[locale] });
  const format = (value: number | null | undefined) =>
    value == null ? '–' : formatValue(value, unit, locale, { withUnit: false });
  type Row = (typeof rows)[number];

  return (
    <section className="wn-indicator" aria-labelledby="time-series-heading">
      <h2 id="time-series-heading" className="utrecht-heading-2">
        {title}
      </h2>
      <IndicatorExplanation indicator={indicator} />
      <div className="wn-chart-and-table">
        <TimeSeriesChart title={title} unit={unit} periods={periods} band={band} series={series} />
        <DataTable
          caption={title}
          fileNameParts={[indicator.code, 'tijdreeks', periods[0] ?? '', periods.at(-1) ?? '']}
          rows={rows}
          rowKey={(row) => row.period}
          emptyText={t('emptyTimeSeries')}
          csv={(shown) =>
            toLongCsvTable(
              shown.flatMap((row) =>
                [...row.figures.values()].map((figure) =>
                  longFigureOf(figure, indicator.code, row.period),
                ),
              ),
              () => exportDecimals(unit),
            )
          }
          columns={[
            {
              header: t('period'),
              isRowHeader: true,
              cell: (row) => periodName(row.period, 'short'),
              csv: (row) => row.period,
            },
            ...municipalities.map((municipality) => ({
              header: municipality.name,
              isNumeric: true,
              cell: (row: Row) => {
                const figure = row.figures.get(municipality.code);
                return figure ? figureContent(figure, unit, locale, false) : '–';
              },
              csv: (row: Row) => row.figures.get(municipality.code)?.value,
            })),
            {
              header: t('nationalMedian'),
              isNumeric: true,
              cell: (row) => format(row.national.median),
              csv: (row) => row.national.median,
            },
            {
              header: 'P10',
              isNumeric: true,
              cell: (row) => format(row.national.p10),
              csv: (row) => row.national.p10,
            },
            {
              header: 'P90',
              isNumeric: true,
              cell: (row) => format(row.national.p90),
              csv: (row) => row.national.p90,
            },
          ]}
        />
      </div>
    </section>
  );
});
