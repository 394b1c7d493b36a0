import nationalOutlines from 'virtual:national-outlines';
import { memo, useEffect, useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { SUPPRESSED_FILL, UNPUBLISHED_FILL } from '../charts/palette';
import { DataTable } from '../components/data-table';
import { figureContent } from '../components/figure-value';
import { SelectField } from '../components/select-field';
import { formatValue } from '../format/number-format';
import { formatPeriod } from '../format/period';
import { type Suppression, suppressionLabel } from '../format/suppression';
import { DistrictFiguresQuery, type IndicatorFields } from '../graphql/documents';
import type { ResultOf } from '../graphql/graphql';
import { useTranslation } from '../i18n/use-translation';
import { type MunicipalValue, readSuppression } from '../pages/compare-data';
import { useViewState } from '../url-state/use-view-state';
import { type Areas, type BoundaryFile, loadBoundaries, loadedBoundaries } from './boundaries';
import { classOf, colourClasses } from './colour-classes';
import { MAP_HEIGHT, MAP_WIDTH, type Outline, projectOutlines } from './project-outlines';

const byName = new Intl.Collator('nl');
/** More rows than the table's scrolling box shows at once (36rem). */
const MAP_TABLE_FIRST_ROWS = 30;

interface AreaFigure {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
  readonly suppression: Suppression | null;
}

function useBoundaries(file: BoundaryFile | null) {
  // Boundaries that arrived before the map are drawn in its first render, not in a second one.
  const [state, setState] = useState<
    { file: string; areas: Areas } | { file: string; error: string } | null
  >(() => {
    const areas = file ? loadedBoundaries(file) : undefined;
    return file && areas ? { file, areas } : null;
  });
  useEffect(() => {
    if (!file) return;
    const areas = loadedBoundaries(file);
    if (areas) {
      setState((current) => (current?.file === file ? current : { file, areas }));
      return;
    }
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
function IndicatorMap({
  indicator,
  period: latestPeriod,
  all,
  canShowDistricts,
}: {
  indicator: ResultOf<typeof IndicatorFields>;
  period: string;
  all: readonly MunicipalValue[];
  /** District figures need a token: without one the map shows municipalities only. */
  canShowDistricts: boolean;
}) {
  const { t, locale } = useTranslation();
  const [view, update] = useViewState();
  const hatchId = useId().replaceAll(':', '');
  const latest = { period: latestPeriod };
  const districtsOf = canShowDistricts ? view.districtsOf : null;
  // The nation is drawn from outlines projected when the app was built; a municipality's
  // districts from their boundary file, fetched and projected when someone asks for them.
  const districtBoundaries = useBoundaries(districtsOf ? 'wijken_2024' : null);
  const [districtResult] = useQuery({
    query: DistrictFiguresQuery,
    variables: {
      code: districtsOf ?? '',
      indicatorCode: indicator.code,
      period: latest.period,
    },
    pause: !districtsOf,
  });

  const municipalityFigures: AreaFigure[] = useMemo(
    () =>
      all.map((item) => ({
        code: item.municipalityCode,
        name: item.municipalityName,
        value: item.value ?? null,
        suppression: readSuppression(item.suppression),
      })),
    [all],
  );
  const districtAreas =
    districtBoundaries && 'areas' in districtBoundaries ? districtBoundaries.areas : null;
  const outlines: readonly Outline[] | null = useMemo(
    () =>
      districtsOf
        ? districtAreas &&
          projectOutlines({
            ...districtAreas,
            features: districtAreas.features.filter(
              (area) => area.properties.municipality_code === districtsOf,
            ),
          })
        : nationalOutlines,
    [districtAreas, districtsOf],
  );
  const boundaryError =
    districtBoundaries && 'error' in districtBoundaries ? districtBoundaries.error : null;
  const districtFigures = districtResult.data?.municipality?.districtFigures;
  const figures = useMemo(() => {
    const listed: AreaFigure[] = districtsOf
      ? (districtFigures ?? []).map((item) => ({
          code: item.district.code,
          name: item.district.name,
          value: item.value ?? null,
          suppression: readSuppression(item.suppression),
        }))
      : municipalityFigures;
    // The gateway leaves out municipalities that did not publish the group: on the map and in
    // the table they are marked as not published rather than missing.
    const listedCodes = new Set(listed.map((figure) => figure.code));
    const unlisted: AreaFigure[] = districtsOf
      ? []
      : nationalOutlines
          .filter((area) => !listedCodes.has(area.code))
          .map((area) => ({
            code: area.code,
            name: area.name,
            value: null,
            suppression: { reason: 'NOT_PUBLISHED', threshold: null },
          }));
    return [...listed, ...unlisted].sort((a, b) => byName.compare(a.name, b.name));
  }, [districtsOf, districtFigures, municipalityFigures]);
  const byCode = useMemo(() => new Map(figures.map((figure) => [figure.code, figure])), [figures]);
  const classes = useMemo(
    () => colourClasses(figures.flatMap((figure) => (figure.value === null ? [] : [figure.value]))),
    [figures],
  );
  const fillOf = (figure: AreaFigure | undefined) => {
    if (!figure) return `url(#${hatchId})`;
    if (figure.value !== null) return classOf(figure.value, classes)?.colour ?? SUPPRESSED_FILL;
    return figure.suppression?.reason === 'NOT_PUBLISHED' ? UNPUBLISHED_FILL : `url(#${hatchId})`;
  };
  const municipalityOptions = useMemo(
    () => [...municipalityFigures].sort((a, b) => byName.compare(a.name, b.name)),
    [municipalityFigures],
  );
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
          {boundaryError && <p role="alert">{t('errorLoading', { message: boundaryError })}</p>}
          {!outlines && !boundaryError && <p role="status">{t('mapLoading')}</p>}
          {outlines && (
            <svg
              viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
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
              {outlines.map((area) => {
                const figure = byCode.get(area.code);
                return (
                  <path key={area.code} d={area.d} fill={fillOf(figure)} className="wn-area">
                    {/* One text node, not three: the map has a title for every municipality. */}
                    <title>{`${area.name}: ${
                      figure?.value != null
                        ? format(figure.value)
                        : suppressionLabel(figure?.suppression, locale)
                    }`}</title>
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
            rows={figures}
            rowKey={(figure) => figure.code}
            firstRows={MAP_TABLE_FIRST_ROWS}
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
                cell: (figure) => figureContent(figure, indicator.unit, locale),
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

/** Drawn again only when the indicator, the period or the figures change. */
export default memo(IndicatorMap);
