import { useEffect, useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { errorText } from '../../components/error-alert';
import { IndicatorFields } from '../../components/indicator-explanation.graphql';
import { MunicipalityPicker } from '../../components/municipality-picker';
import { PeriodPicker } from '../../components/period-picker';
import { SelectField } from '../../components/select-field';
import { SignInNotice } from '../../components/sign-in-notice';
import { useDocumentTitle } from '../../components/use-document-title';
import { usePeriodName } from '../../components/use-periods';
import { longFigureOf, toLongCsvTable } from '../../csv/long-format';
import { exportDecimals } from '../../format/number-format';
import { type ResultOf, readFragment } from '../../graphql/graphql';
import { useTranslation } from '../../i18n/use-translation';
import { DistrictFiguresQuery } from '../../map/indicator-map.graphql';
import { useViewState } from '../../url-state/use-view-state';
import { useViewer } from '../../viewer/use-viewer';
import { type Figure, readSuppression } from '../compare-data';
import { figureColumns } from '../figure-columns';
import { IndicatorsQuery } from '../indicators-page.graphql';

/** The four large cities (G4): the comparison people ask for first. */
const FOUR_LARGE_CITIES = ['GM0363', 'GM0599', 'GM0518', 'GM0344'];

interface DistrictRow extends Figure {
  readonly municipalityName: string;
}

/**
 * The districts of every chosen municipality on one indicator, asked one municipality at a time
 * (each answer is checked against that municipality's publication and suppression).
 */
function useDistrictRows(codes: readonly string[], indicatorCode: string | null, period: string) {
  const client = useClient();
  const [state, setState] = useState<{
    rows: DistrictRow[];
    error: string | null;
    isLoading: boolean;
  }>({ rows: [], error: null, isLoading: false });
  const { t } = useTranslation();
  const key = codes.join(',');
  useEffect(() => {
    if (!indicatorCode || key === '') {
      setState({ rows: [], error: null, isLoading: false });
      return;
    }
    let isCurrent = true;
    setState((current) => ({ ...current, isLoading: true }));
    Promise.all(
      key
        .split(',')
        .map((code) =>
          client.query(DistrictFiguresQuery, { code, indicatorCode, period }).toPromise(),
        ),
    ).then((results) => {
      if (!isCurrent) return;
      const failed = results.find((result) => result.error);
      const rows = results.flatMap((result) => {
        const municipality = result.data?.municipality;
        if (!municipality) return [];
        return municipality.districtFigures.map((item) => ({
          code: item.district.code,
          name: item.district.name,
          municipalityName: municipality.name,
          value: item.value ?? null,
          n: item.n ?? null,
          suppression: readSuppression(item.suppression),
          suppressedForOthers: null,
          zScore: null,
          rank: null,
          rankOutOf: null,
          change: null,
        }));
      });
      setState({
        rows,
        error: failed?.error ? errorText(failed.error, t) : null,
        isLoading: false,
      });
    });
    return () => {
      isCurrent = false;
    };
  }, [client, key, indicatorCode, period, t]);
  return state;
}

type Indicator = ResultOf<typeof IndicatorFields>;

/** The districts in one table: sortable by name, municipality and value; exported long. */
function DistrictTable({
  indicator,
  rows,
}: {
  indicator: Indicator;
  rows: readonly DistrictRow[];
}) {
  const { t, locale } = useTranslation();
  const [view] = useViewState();
  const periodName = usePeriodName();
  const period = periodName(view.to);
  const figure = figureColumns<DistrictRow>(
    (row) => row,
    () => indicator,
    { t, locale },
  );
  return (
    <section className="wn-indicator" aria-labelledby="districts-heading">
      <h2 id="districts-heading" className="utrecht-heading-2">
        {indicator.name[locale]}, {period}
      </h2>
      <DataTable
        caption={t('districtsTitle', { name: indicator.name[locale], period })}
        fileNameParts={[indicator.code, 'wijken', view.to]}
        rows={rows}
        rowKey={(row) => row.code}
        emptyText={view.municipalities.length === 0 ? t('emptyChosen') : t('emptyDistricts')}
        csv={(shown) =>
          toLongCsvTable(
            shown.map((row) => longFigureOf(row, indicator.code, view.to)),
            () => exportDecimals(indicator),
          )
        }
        columns={[
          {
            header: t('districts'),
            isRowHeader: true,
            cell: (row) => row.name,
            csv: (row) => row.name,
            sortKey: (row) => row.name,
          },
          {
            header: t('municipality'),
            cell: (row) => row.municipalityName,
            csv: (row) => row.municipalityName,
            sortKey: (row) => row.municipalityName,
          },
          { header: 'CBS', cell: (row) => row.code, csv: (row) => row.code },
          figure.value,
          figure.n,
        ]}
      />
    </section>
  );
}

function DistrictControls({
  indicators,
  indicator,
  names,
}: {
  indicators: readonly Indicator[];
  indicator: Indicator | null;
  names: ReadonlyMap<string, string>;
}) {
  const { t, locale } = useTranslation();
  const [, update] = useViewState();
  return (
    <form className="wn-controls" onSubmit={(event) => event.preventDefault()}>
      <div>
        <MunicipalityPicker names={names} />
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => update({ municipalities: FOUR_LARGE_CITIES })}
        >
          {t('fourLargeCities')}
        </button>
      </div>
      <PeriodPicker />
      {indicators.length > 0 && (
        <div>
          <SelectField
            label={t('indicator')}
            value={indicator?.code ?? ''}
            onChange={(value) => update({ indicator: value })}
          >
            {indicators.map((item) => (
              <option key={item.code} value={item.code}>
                {item.name[locale]}
              </option>
            ))}
          </SelectField>
        </div>
      )}
    </form>
  );
}

/** Every district of the chosen municipalities on one indicator, in one sortable table. */
export default function DistrictComparisonPage() {
  const { t } = useTranslation();
  const [view] = useViewState();
  const { hasRole } = useViewer();
  useDocumentTitle(t('pageDistricts'));
  const [indicatorsResult] = useQuery({ query: IndicatorsQuery });
  const indicators = useMemo(
    () =>
      (indicatorsResult.data?.indicators ?? [])
        .map((item) => readFragment(IndicatorFields, item))
        .filter((indicator) => indicator.levels.includes('district')),
    [indicatorsResult.data],
  );
  const indicator =
    indicators.find((item) => item.code === view.indicator) ?? indicators[0] ?? null;
  const { rows, error, isLoading } = useDistrictRows(
    hasRole ? view.municipalities : [],
    indicator?.code ?? null,
    view.to,
  );
  // A chosen municipality's chip shows its name once its districts are in.
  const names = new Map(
    rows.map((row) => [row.code.replace(/^WK(\d{4}).*/, 'GM$1'), row.municipalityName]),
  );
  return (
    <div>
      <h1 className="utrecht-heading-1">{t('pageDistricts')}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t('introDistricts')}</p>
      <SignInNotice message="districtsNeedSignIn" />
      <DistrictControls indicators={indicators} indicator={indicator} names={names} />
      {error && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          {error}
        </div>
      )}
      {isLoading && <p role="status">{t('loading')}</p>}
      {indicator && hasRole && <DistrictTable indicator={indicator} rows={rows} />}
    </div>
  );
}
