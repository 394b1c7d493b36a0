import nationalOutlines from 'virtual:national-outlines';
import { memo, useMemo } from 'react';
import { useQuery } from 'urql';
import { type DataColumn, DataTable } from '../components/data-table';
import type { IndicatorFields } from '../components/indicator-explanation.graphql';
import { SelectField } from '../components/select-field';
import { usePeriodName } from '../components/use-periods';
import { longFigureOf, toLongCsvTable } from '../csv/long-format';
import { exportDecimals } from '../format/number-format';
import type { ResultOf } from '../graphql/graphql';
import type { Locale } from '../i18n/locale';
import { type Translate, useTranslation } from '../i18n/use-translation';
import type { MunicipalValue } from '../pages/compare-data';
import { figureColumns } from '../pages/figure-columns';
import { ProfileLink } from '../pages/profile-link';
import { useOpenProfile, useProfileHref } from '../url-state/use-open-profile';
import { useViewState } from '../url-state/use-view-state';
import { type AreaFigure, useAreaFigures } from './area-figures';
import { colourClasses } from './colour-classes';
import { DistrictFiguresQuery } from './indicator-map.graphql';
import { MapDrawing } from './map-drawing';
import { type Outline, projectOutlines } from './project-outlines';
import { useBoundaries } from './use-boundaries';

const byName = new Intl.Collator('nl');
/** More rows than the table's scrolling box shows at once (36rem). */
const MAP_TABLE_FIRST_ROWS = 30;

type Indicator = ResultOf<typeof IndicatorFields>;

/** The districts of one municipality: their outlines (fetched on demand) and their figures. */
function useDistricts(districtsOf: string | null, indicatorCode: string, period: string) {
  // The nation is drawn from outlines projected when the app was built; a municipality's
  // districts from their boundary file, fetched and projected when someone asks for them.
  const boundaries = useBoundaries(districtsOf ? 'wijken_2024' : null);
  const [result] = useQuery({
    query: DistrictFiguresQuery,
    variables: { code: districtsOf ?? '', indicatorCode, period },
    pause: !districtsOf,
  });
  const areas = boundaries && 'areas' in boundaries ? boundaries.areas : null;
  const outlines: readonly Outline[] | null = useMemo(
    () =>
      districtsOf
        ? areas &&
          projectOutlines({
            ...areas,
            features: areas.features.filter(
              (area) => area.properties.municipality_code === districtsOf,
            ),
          })
        : nationalOutlines,
    [areas, districtsOf],
  );
  return {
    outlines,
    boundaryError: boundaries && 'error' in boundaries ? boundaries.error : null,
    figures: districtsOf ? (result.data?.municipality?.districtFigures ?? []) : null,
  };
}

function areaColumns(
  indicator: Indicator,
  isDistricts: boolean,
  context: { t: Translate; locale: Locale; profileHref: (code: string) => string },
): DataColumn<AreaFigure>[] {
  const { t, profileHref } = context;
  const figure = figureColumns<AreaFigure>(
    (area) => ({
      ...area,
      suppressedForOthers: null,
      zScore: null,
      rank: null,
      rankOutOf: null,
      change: null,
    }),
    () => indicator,
    context,
  );
  return [
    {
      header: isDistricts ? t('districts') : t('municipality'),
      isRowHeader: true,
      cell: (area) =>
        isDistricts ? area.name : <ProfileLink name={area.name} href={profileHref(area.code)} />,
      csv: (area) => area.name,
      sortKey: (area) => area.name,
    },
    { header: 'CBS', cell: (area) => area.code, csv: (area) => area.code },
    figure.value,
    figure.n,
  ];
}

/**
 * A choropleth of municipalities, or of the districts of one municipality, for the chosen
 * indicator and the last period, with the table of every area as its accessible alternative.
 * Chosen municipalities are outlined on the map and pinned on top of the table.
 */
function IndicatorMap({
  indicator,
  period,
  all,
  canShowDistricts,
}: {
  indicator: Indicator;
  period: string;
  all: readonly MunicipalValue[];
  /** District figures need a role: without one the map shows municipalities only. */
  canShowDistricts: boolean;
}) {
  const { t, locale } = useTranslation();
  const periodName = usePeriodName();
  const [view, update] = useViewState();
  const openProfile = useOpenProfile();
  const profileHref = useProfileHref();
  const districtsOf = canShowDistricts ? view.districtsOf : null;
  const districts = useDistricts(districtsOf, indicator.code, period);
  const figures = useAreaFigures(all, districts.figures);
  const byCode = useMemo(() => new Map(figures.map((figure) => [figure.code, figure])), [figures]);
  const classes = useMemo(
    () => colourClasses(figures.flatMap((figure) => (figure.value === null ? [] : [figure.value]))),
    [figures],
  );
  const chosen = useMemo(() => new Set(view.municipalities), [view.municipalities]);
  const isChosen = useMemo(() => (area: AreaFigure) => chosen.has(area.code), [chosen]);
  const name = indicator.name[locale];
  const shownPeriod = periodName(period);
  const municipalityName = all.find(
    (item) => item.municipalityCode === districtsOf,
  )?.municipalityName;
  const title = districtsOf
    ? t('mapDistrictsTitle', {
        name,
        municipality: municipalityName ?? districtsOf,
        period: shownPeriod,
      })
    : t('mapTitle', { name, period: shownPeriod });
  const municipalityOptions = useMemo(
    () =>
      all
        .map((item) => ({ code: item.municipalityCode, name: item.municipalityName }))
        .sort((a, b) => byName.compare(a.name, b.name)),
    [all],
  );

  return (
    <section className="wn-indicator" aria-labelledby="map-heading">
      <h2 id="map-heading" className="utrecht-heading-2">
        {title}
      </h2>
      {canShowDistricts && (
        <div className="wn-inline-fields">
          <SelectField
            label={t('mapShowDistricts')}
            value={districtsOf ?? ''}
            onChange={(value) => update({ districtsOf: value || null })}
          >
            <option value="">{t('mapBackToNation')}</option>
            {municipalityOptions.map((item) => (
              <option key={item.code} value={item.code}>
                {item.name}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      <div className="wn-chart-and-table">
        <figure className="wn-chart wn-map">
          {districts.boundaryError && <p role="alert">{t('errorNetwork')}</p>}
          {!districts.outlines && !districts.boundaryError && (
            <p role="status">{t('mapLoading')}</p>
          )}
          {districts.outlines && (
            <MapDrawing
              outlines={districts.outlines}
              byCode={byCode}
              classes={classes}
              unit={indicator}
              label={`${title}. ${t('mapAlternative')}`}
              chosen={chosen}
              onOpen={districtsOf ? null : openProfile}
            />
          )}
          <figcaption className="wn-chart__caption">
            <p>{t('attribution')}</p>
          </figcaption>
        </figure>
        <div className="wn-table--tall">
          <DataTable
            caption={title}
            fileNameParts={[indicator.code, districtsOf ?? 'gemeenten', period]}
            rows={figures}
            rowKey={(figure) => figure.code}
            firstRows={MAP_TABLE_FIRST_ROWS}
            columns={areaColumns(indicator, districtsOf !== null, { t, locale, profileHref })}
            emptyText={districtsOf ? t('emptyDistricts') : t('emptyMap')}
            isPinned={districtsOf ? undefined : isChosen}
            onOpenRow={districtsOf ? undefined : (area) => openProfile(area.code)}
            csv={(areas) =>
              toLongCsvTable(
                areas.map((area) => longFigureOf(area, indicator.code, period)),
                () => exportDecimals(indicator),
              )
            }
          />
        </div>
      </div>
    </section>
  );
}

/** Drawn again only when the indicator, the period or the figures change. */
export default memo(IndicatorMap);
