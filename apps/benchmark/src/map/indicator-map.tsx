import { geoMercator, geoPath } from 'd3-geo';
import { useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { SUPPRESSED_FILL, UNPUBLISHED_FILL } from '../charts/palette';
import { DataTable } from '../components/data-table';
import { FigureValue } from '../components/figure-value';
import { formatValue } from '../format/number-format';
import { formatPeriod } from '../format/period';
import { type SuppressionInfo, suppressionLabel } from '../format/suppression';
import { DistrictFiguresQuery, type IndicatorFields } from '../graphql/documents';
import type { ResultOf } from '../graphql/graphql';
import { useTranslation } from '../i18n/use-translation';
import { type MunicipalValue, readSuppression } from '../pages/compare-data';
import { useViewState } from '../url-state/use-view-state';
import { type Areas, loadBoundaries } from './boundaries';
import { classOf, colourClasses } from './colour-classes';

const WIDTH = 480;
const HEIGHT = 560;

interface AreaFigure {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
  readonly suppression: SuppressionInfo | null;
}

function useBoundaries(file: 'gemeenten_2025' | 'wijken_2024' | null) {
  const [state, setState] = useState<
    { file: string; areas: Areas } | { file: string; error: string } | null
  >(null);
  useEffect(() => {
    if (!file) return;
    let isCurrent = true;
    loadBoundaries(file).then(
      (areas) => isCurrent && setState({ file, areas }),
      (error: unknown) => isCurrent && setState({ file, error: String(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [file]);
  return state?.file === file ? state : null;
}

/**
 * A choropleth of municipalities, or of the districts of one municipality, for the chosen
 * indicator and the last period. Suppressed areas are white with a hatch, unpublished ones
 * grey; the table beside the map holds every area's figure, as its accessible alternative.
 */
export default function IndicatorMap({
  indicator,
  period: latestPeriod,
  all,
}: {
  indicator: ResultOf<typeof IndicatorFields>;
  period: string;
  all: readonly MunicipalValue[];
}) {
  const { t, locale } = useTranslation();
  const [view, update] = useViewState();
  const selectId = useId();
  const hatchId = useId().replaceAll(':', '');
  const latest = { period: latestPeriod };
  const districtsOf = view.districtsOf;
  const boundaries = useBoundaries(districtsOf ? 'wijken_2024' : 'gemeenten_2025');
  const [districtResult] = useQuery({
    query: DistrictFiguresQuery,
    variables: {
      code: districtsOf ?? '',
      indicatorCode: indicator.code,
      period: latest.period,
    },
    pause: !districtsOf,
  });

  const municipalityFigures: AreaFigure[] = all.map((item) => ({
    code: item.municipalityCode,
    name: item.municipalityName,
    value: item.value ?? null,
    suppression: readSuppression(item.suppression),
  }));
  const areas =
    boundaries && 'areas' in boundaries
      ? districtsOf
        ? {
            ...boundaries.areas,
            features: boundaries.areas.features.filter(
              (area) => area.properties.municipality_code === districtsOf,
            ),
          }
        : boundaries.areas
      : null;
  const districtMunicipality = districtResult.data?.municipality;
  const listed: AreaFigure[] = districtsOf
    ? (districtMunicipality?.districtFigures ?? []).map((item) => ({
        code: item.district.code,
        name: item.district.name,
        value: item.value ?? null,
        suppression: readSuppression(item.suppression),
      }))
    : municipalityFigures;
  // The gateway leaves out municipalities that did not publish the group: on the map and in
  // the table they are marked as not published rather than missing.
  const listedCodes = new Set(listed.map((figure) => figure.code));
  const unlisted: AreaFigure[] =
    districtsOf || !areas
      ? []
      : areas.features
          .filter((area) => !listedCodes.has(area.properties.code))
          .map((area) => ({
            code: area.properties.code,
            name: area.properties.name,
            value: null,
            suppression: { reason: 'NOT_PUBLISHED', threshold: null },
          }));
  const figures = [...listed, ...unlisted];
  const byCode = new Map(figures.map((figure) => [figure.code, figure]));
  const classes = colourClasses(
    figures.flatMap((figure) => (figure.value === null ? [] : [figure.value])),
  );
  const fillOf = (figure: AreaFigure | undefined) => {
    if (!figure) return `url(#${hatchId})`;
    if (figure.value !== null) return classOf(figure.value, classes)?.colour ?? SUPPRESSED_FILL;
    return figure.suppression?.reason === 'NOT_PUBLISHED' ? UNPUBLISHED_FILL : `url(#${hatchId})`;
  };
  const projection = areas ? geoMercator().fitSize([WIDTH, HEIGHT], areas) : null;
  const path = projection ? geoPath(projection) : null;
  const name = indicator.name[locale];
  const period = formatPeriod(latest.period, locale, 'long');
  const municipalityName =
    municipalityFigures.find((item) => item.code === districtsOf)?.name ?? districtsOf ?? '';
  const title = districtsOf
    ? t('mapDistrictsTitle', { name, municipality: municipalityName, period })
    : t('mapTitle', { name, period });
  const format = (value: number) => formatValue(value, indicator.unit, locale, { withUnit: false });

  return (
    <section className="wn-indicator" aria-labelledby="map-heading">
      <h2 id="map-heading" className="utrecht-heading-2">
        {title}
      </h2>
      <div className="wn-inline-fields">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={selectId}>
            {t('mapShowDistricts')}
          </label>
          <select
            id={selectId}
            className="utrecht-select utrecht-select--html-select"
            value={districtsOf ?? ''}
            onChange={(event) => update({ districtsOf: event.target.value || null })}
          >
            <option value="">{t('mapBackToNation')}</option>
            {[...municipalityFigures]
              .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
              .map((item) => (
                <option key={item.code} value={item.code}>
                  {item.name}
                </option>
              ))}
          </select>
        </div>
      </div>
      <div className="wn-chart-and-table">
        <figure className="wn-chart wn-map">
          {!areas && boundaries && 'error' in boundaries && (
            <p role="alert">{t('errorLoading', { message: boundaries.error })}</p>
          )}
          {!areas && !(boundaries && 'error' in boundaries) && (
            <p role="status">{t('mapLoading')}</p>
          )}
          {areas && path && (
            <svg
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              role="img"
              aria-label={`${title}. ${t('mapAlternative')}`}
              className="wn-chart__svg"
            >
              <defs>
                <pattern
                  id={hatchId}
                  width="6"
                  height="6"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <rect width="6" height="6" fill={SUPPRESSED_FILL} />
                  <line x1="0" y1="0" x2="0" y2="6" stroke="#6f6f6f" strokeWidth="1.5" />
                </pattern>
              </defs>
              {areas.features.map((area) => {
                const figure = byCode.get(area.properties.code);
                return (
                  <path
                    key={area.properties.code}
                    d={path(area) ?? ''}
                    fill={fillOf(figure)}
                    className="wn-area"
                  >
                    <title>
                      {area.properties.name}:{' '}
                      {figure?.value != null
                        ? format(figure.value)
                        : suppressionLabel(figure?.suppression, locale)}
                    </title>
                  </path>
                );
              })}
            </svg>
          )}
          <figcaption className="wn-chart__caption">
            <ul className="wn-legend wn-legend--map">
              {classes.map((item) => (
                <li key={item.colour}>
                  <span
                    className="wn-legend__swatch"
                    style={{ background: item.colour }}
                    aria-hidden="true"
                  />
                  {format(item.from)} – {format(item.to)}
                </li>
              ))}
              <li>
                <span className="wn-legend__swatch wn-legend__swatch--hatched" aria-hidden="true" />
                {t('mapLegendSuppressed')}
              </li>
              <li>
                <span
                  className="wn-legend__swatch"
                  style={{ background: UNPUBLISHED_FILL }}
                  aria-hidden="true"
                />
                {t('mapLegendUnpublished')}
              </li>
            </ul>
            <p>{t('attribution')}</p>
          </figcaption>
        </figure>
        <div className="wn-table--tall">
          <DataTable
            caption={title}
            fileNameParts={[indicator.code, districtsOf ?? 'gemeenten', latest.period]}
            rows={[...figures].sort((a, b) => a.name.localeCompare(b.name, 'nl'))}
            rowKey={(figure) => figure.code}
            columns={[
              {
                header: districtsOf ? t('districts') : t('municipality'),
                isRowHeader: true,
                cell: (figure) => figure.name,
                csv: (figure) => figure.name,
              },
              { header: 'CBS', cell: (figure) => figure.code, csv: (figure) => figure.code },
              {
                header: t('value'),
                isNumeric: true,
                cell: (figure) => <FigureValue figure={figure} unit={indicator.unit} />,
                csv: (figure) => figure.value,
              },
              {
                header: t('reason'),
                cell: (figure) =>
                  figure.value === null ? suppressionLabel(figure.suppression, locale) : '',
                csv: (figure) =>
                  figure.value === null ? suppressionLabel(figure.suppression, locale) : '',
              },
            ]}
          />
        </div>
      </div>
    </section>
  );
}
