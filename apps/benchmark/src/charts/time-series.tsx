import { scaleLinear, scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';
import { useId } from 'react';
import { decimalsForStep, type FigureScale, formatValue } from '../format/number-format';
import { formatPeriod } from '../format/period';
import { useTranslation } from '../i18n/use-translation';
import { seriesColour } from './palette';
import { useChartWidth } from './use-chart-width';

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

type XScale = ReturnType<typeof scalePoint<string>>;
type YScale = ReturnType<typeof scaleLinear<number, number>>;

function SeriesLegend({ series }: { series: readonly Series[] }) {
  const { t } = useTranslation();
  return (
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
  );
}

/** Gridlines with value labels (decimals from their step), and period labels along the bottom. */
function Axes({
  x,
  y,
  unit,
  periods,
  width,
}: {
  x: XScale;
  y: YScale;
  unit: FigureScale;
  periods: readonly string[];
  width: number;
}) {
  const { locale } = useTranslation();
  const ticks = y.ticks(5);
  const decimals = decimalsForStep(ticks.length > 1 ? (ticks[1] ?? 0) - (ticks[0] ?? 0) : 0, unit);
  // Fewer period labels where they would run into each other (about 70 pixels each).
  const labelEvery = Math.max(1, Math.ceil((periods.length * 70) / (width - MARGIN.left)));
  return (
    <g className="wn-axis">
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={MARGIN.left}
            x2={width - MARGIN.right}
            y1={y(tick)}
            y2={y(tick)}
            className="wn-gridline"
          />
          <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end">
            {formatValue(tick, unit, locale, { withUnit: false, decimals })}
          </text>
        </g>
      ))}
      {periods.map((period, index) =>
        index % labelEvery === 0 ? (
          <text key={period} x={x(period) ?? MARGIN.left} y={HEIGHT - 10} textAnchor="middle">
            {formatPeriod(period, locale)}
          </text>
        ) : null,
      )}
    </g>
  );
}

function SeriesLines({ series, x, y }: { series: readonly Series[]; x: XScale; y: YScale }) {
  const xOf = (period: string) => x(period) ?? MARGIN.left;
  const seriesLine = line<SeriesPoint>()
    .defined((point) => point.value !== null)
    .x((point) => xOf(point.period))
    .y((point) => y(point.value ?? 0));
  return series.map((item, index) => {
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
  });
}

/**
 * Values of the chosen municipalities over time against the national median (dashed) and the
 * P10–P90 band. A suppressed period is a gap in the line, never a drop to zero. Drawn at its
 * width on screen, so its text keeps its size on a phone.
 */
export function TimeSeriesChart({
  title,
  unit,
  periods,
  band,
  series,
}: {
  title: string;
  unit: FigureScale;
  periods: readonly string[];
  band: readonly BandPoint[];
  series: readonly Series[];
}) {
  const titleId = useId();
  const [ref, width] = useChartWidth<HTMLElement>(640);
  const x = scalePoint<string>()
    .domain(periods)
    .range([MARGIN.left, width - MARGIN.right])
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

  return (
    <figure className="wn-chart" ref={ref}>
      <SeriesLegend series={series} />
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        className="wn-chart__svg"
      >
        <title id={titleId}>{title}</title>
        <Axes x={x} y={y} unit={unit} periods={periods} width={width} />
        <path d={bandArea([...band]) ?? ''} className="wn-band wn-band--outer" />
        <path d={medianLine([...band]) ?? ''} className="wn-median wn-median--dashed" fill="none" />
        <SeriesLines series={series} x={x} y={y} />
      </svg>
      <figcaption className="wn-chart__caption">{title}</figcaption>
    </figure>
  );
}
