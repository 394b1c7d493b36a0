import { scaleLinear, scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';
import { useId } from 'react';
import { formatValue } from '../format/number-format';
import { formatPeriod } from '../format/period';
import type { IndicatorUnit } from '../graphql/graphql';
import { useTranslation } from '../i18n/use-translation';
import { seriesColour } from './palette';

export interface SeriesPoint {
  readonly period: string;
  readonly value: number | null;
}

export interface Series {
  readonly code: string;
  readonly name: string;
  readonly points: readonly SeriesPoint[];
}

export interface BandPoint {
  readonly period: string;
  readonly median: number | null;
  readonly p10: number | null;
  readonly p90: number | null;
}

const WIDTH = 640;
const HEIGHT = 280;
const MARGIN = { top: 16, right: 20, bottom: 32, left: 56 };
const MARKERS = ['circle', 'square', 'diamond', 'triangle'] as const;

function markerPath(kind: (typeof MARKERS)[number], cx: number, cy: number): string {
  const r = 4.5;
  switch (kind) {
    case 'square':
      return `M${cx - r},${cy - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'diamond':
      return `M${cx},${cy - r - 1}L${cx + r + 1},${cy}L${cx},${cy + r + 1}L${cx - r - 1},${cy}Z`;
    case 'triangle':
      return `M${cx},${cy - r - 1}L${cx + r + 1},${cy + r}L${cx - r - 1},${cy + r}Z`;
    default:
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
}

/**
 * Values of the chosen municipalities over time against the national median (dashed) and the
 * P10–P90 band. A suppressed period is a gap in the line, never a drop to zero.
 */
export function TimeSeriesChart({
  title,
  unit,
  periods,
  band,
  series,
}: {
  title: string;
  unit: IndicatorUnit;
  periods: readonly string[];
  band: readonly BandPoint[];
  series: readonly Series[];
}) {
  const { t, locale } = useTranslation();
  const titleId = useId();
  const x = scalePoint<string>()
    .domain(periods)
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.3);
  const all = [
    ...band.flatMap((point) => [point.p10, point.p90, point.median]),
    ...series.flatMap((item) => item.points.map((point) => point.value)),
  ].filter((value): value is number => value !== null);
  const y = scaleLinear()
    .domain(all.length > 0 ? [Math.min(0, ...all), Math.max(...all)] : [0, 1])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    .nice();
  const xOf = (period: string) => x(period) ?? MARGIN.left;
  const bandArea = area<BandPoint>()
    .defined((point) => point.p10 !== null && point.p90 !== null)
    .x((point) => xOf(point.period))
    .y0((point) => y(point.p10 ?? 0))
    .y1((point) => y(point.p90 ?? 0));
  const medianLine = line<BandPoint>()
    .defined((point) => point.median !== null)
    .x((point) => xOf(point.period))
    .y((point) => y(point.median ?? 0));
  const seriesLine = line<SeriesPoint>()
    .defined((point) => point.value !== null)
    .x((point) => xOf(point.period))
    .y((point) => y(point.value ?? 0));
  // Long ranges get fewer axis labels so they stay readable.
  const labelEvery = Math.ceil(periods.length / 8);

  return (
    <figure className="wn-chart">
      <ul className="wn-legend wn-legend--series">
        {series.map((item, index) => (
          <li key={item.code}>
            <svg width="18" height="12" aria-hidden="true">
              <path
                d={markerPath(MARKERS[index % MARKERS.length] ?? 'circle', 9, 6)}
                fill={seriesColour(index)}
              />
            </svg>
            {item.name}
          </li>
        ))}
        <li>
          <span className="wn-legend__line" aria-hidden="true" /> {t('nationalMedian')}
        </li>
        <li>
          <span className="wn-legend__swatch wn-band--outer" aria-hidden="true" /> P10–P90
        </li>
      </ul>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        className="wn-chart__svg"
      >
        <title id={titleId}>{title}</title>
        <g className="wn-axis">
          {y.ticks(5).map((tick) => (
            <g key={tick}>
              <line
                x1={MARGIN.left}
                x2={WIDTH - MARGIN.right}
                y1={y(tick)}
                y2={y(tick)}
                className="wn-gridline"
              />
              <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end">
                {formatValue(tick, unit, locale, { withUnit: false })}
              </text>
            </g>
          ))}
          {periods.map((period, index) =>
            index % labelEvery === 0 ? (
              <text key={period} x={xOf(period)} y={HEIGHT - 10} textAnchor="middle">
                {formatPeriod(period, locale)}
              </text>
            ) : null,
          )}
        </g>
        <path d={bandArea([...band]) ?? ''} className="wn-band wn-band--outer" />
        <path d={medianLine([...band]) ?? ''} className="wn-median wn-median--dashed" fill="none" />
        {series.map((item, index) => {
          const colour = seriesColour(index);
          const marker = MARKERS[index % MARKERS.length] ?? 'circle';
          return (
            <g key={item.code}>
              <path
                d={seriesLine([...item.points]) ?? ''}
                fill="none"
                stroke={colour}
                strokeWidth={2.5}
              />
              {item.points.map((point) =>
                point.value === null ? null : (
                  <path
                    key={point.period}
                    d={markerPath(marker, xOf(point.period), y(point.value))}
                    fill={colour}
                  />
                ),
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="wn-chart__caption">{title}</figcaption>
    </figure>
  );
}
