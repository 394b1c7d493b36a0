import { useMemo } from 'react';
import { useQuery } from 'urql';
import { type DataColumn, DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { IndicatorExplanation } from '../../components/indicator-explanation';
import { IndicatorFields } from '../../components/indicator-explanation.graphql';
import { usePeriodName } from '../../components/use-periods';
import { longFigureOf, toLongCsvTable } from '../../csv/long-format';
import { exportDecimals, type FigureScale, formatValue } from '../../format/number-format';
import { type IndicatorGroup, type ResultOf, readFragment } from '../../graphql/graphql';
import type { Locale } from '../../i18n/locale';
import { type Translate, useTranslation } from '../../i18n/use-translation';
import { useViewState } from '../../url-state/use-view-state';
import { type Figure, figuresOf, type National, readNational } from '../compare-data';
import { compareInputOf } from '../compare-queries';
import { figureColumns } from '../figure-columns';
import { kindText, referenceText } from '../indicator-reference';
import { IndicatorsQuery } from '../indicators-page.graphql';
import { ProfileFiguresQuery } from './profile.graphql';

interface ProfileRow {
  readonly indicator: ResultOf<typeof IndicatorFields>;
  readonly national: National;
  readonly figure: Figure;
}

/** The range a reader needs beside a value: P25–P75, the middle half of the municipalities. */
function middleHalf(national: National, unit: FigureScale, locale: Locale): string {
  if (national.p25 == null || national.p75 == null) return '–';
  const format = (value: number) => formatValue(value, unit, locale, { withUnit: false });
  return `${format(national.p25)} – ${format(national.p75)}`;
}

function profileColumns(t: Translate, locale: Locale): DataColumn<ProfileRow>[] {
  const figure = figureColumns<ProfileRow>(
    (row) => row.figure,
    (row) => row.indicator,
    { t, locale },
  );
  return [
    {
      header: t('indicator'),
      isRowHeader: true,
      cell: (row) => (
        <>
          {row.indicator.name[locale]}
          <IndicatorExplanation indicator={row.indicator} />
        </>
      ),
      csv: (row) => row.indicator.name[locale],
    },
    {
      header: t('kind'),
      cell: (row) => kindText(row.indicator.kind, t),
      csv: (row) => row.indicator.kind,
    },
    figure.value,
    figure.n,
    {
      header: t('nationalMedian'),
      isNumeric: true,
      cell: (row) =>
        row.national.median == null ? '–' : formatValue(row.national.median, row.indicator, locale),
      csv: (row) => row.national.median,
    },
    {
      header: t('middleHalf'),
      isNumeric: true,
      cell: (row) => middleHalf(row.national, row.indicator, locale),
      csv: (row) => middleHalf(row.national, row.indicator, locale),
    },
    {
      header: t('reference'),
      cell: (row) => referenceText(row.indicator.code, locale) ?? '–',
      csv: (row) => referenceText(row.indicator.code, locale) ?? '',
    },
    figure.zScore,
    figure.rank,
    figure.change,
  ];
}

/**
 * One municipality's figures for the indicators of some groups in the last period, each beside
 * the nation. Read from compare, which anyone may ask: a visitor sees the published figures, the
 * municipality itself its own in full.
 */
export function ProfileFigures({
  code,
  name,
  groups,
  caption,
  fileName,
}: {
  code: string;
  name: string;
  groups: readonly IndicatorGroup[];
  caption: string;
  fileName: string;
}) {
  const { t, locale } = useTranslation();
  const periodName = usePeriodName();
  const [view] = useViewState();
  const [indicatorsResult] = useQuery({ query: IndicatorsQuery });
  const codes = useMemo(
    () =>
      (indicatorsResult.data?.indicators ?? [])
        .map((item) => readFragment(IndicatorFields, item))
        .filter((indicator) => groups.includes(indicator.group))
        .map((indicator) => indicator.code),
    [indicatorsResult.data, groups],
  );
  const [result] = useQuery({
    query: ProfileFiguresQuery,
    variables: {
      input: compareInputOf({ ...view, municipalities: [code], peerGroup: null }, codes, true),
    },
    pause: codes.length === 0,
  });
  const rows: ProfileRow[] = (result.data?.compare.indicators ?? []).flatMap((item) => {
    const period = item.periods[0];
    const figure = period ? figuresOf(period)[0] : undefined;
    if (!period || !figure) return [];
    const indicator = readFragment(IndicatorFields, item.indicator);
    return [{ indicator, national: readNational(period.national), figure }];
  });
  const error = indicatorsResult.error ?? result.error;
  if (error) return <ErrorAlert error={error} />;
  if (result.fetching || indicatorsResult.fetching) return <p role="status">{t('loading')}</p>;
  return (
    <DataTable
      caption={`${caption}, ${periodName(view.to)}`}
      fileNameParts={[name, fileName, view.to]}
      rows={rows}
      rowKey={(row) => row.indicator.code}
      columns={profileColumns(t, locale)}
      emptyText={t('emptyProfileFigures', { name })}
      csv={(shown) =>
        toLongCsvTable(
          shown.map((row) => longFigureOf(row.figure, row.indicator.code, view.to)),
          (indicatorCode) =>
            exportDecimals(
              shown.find((row) => row.indicator.code === indicatorCode)?.indicator ?? '',
            ),
        )
      }
    />
  );
}
