import { scaleLinear } from 'd3-scale';
import { type MouseEvent, useId } from 'react';
import { decimalsForStep, type FigureScale, formatValue } from '../format/number-format';
import { useTranslation } from '../i18n/use-translation';
import { dotLayers } from './dot-layers';
import { seriesColour } from './palette';
import { useChartWidth } from './use-chart-width';

export interface StripValue {
  readonly code: string;
  readonly value: number | null;
}

/** A chosen municipality, marked and named below the strip. */
export interface NamedStripValue extends StripValue {
  readonly name: string;
}

export interface NationalBand {
  readonly median: number | null;
  readonly p10: number | null;
  readonly p25: number | null;
  readonly p75: number | null;
  readonly p90: number | null;
  readonly municipalityCount: number;
}

const MARGIN = { left: 16, right: 16 };
const STRIP_Y = 36;
const ROW_HEIGHT = 22;
const DOT_RADIUS = 3;
/** How close (in pixels) a click must come to a dot to open its municipality. */
const CLICK_REACH = 6;

type Scale = ReturnType<typeof scaleLinear<number, number>>;

function stripScale(
  all: readonly StripValue[],
  highlighted: readonly StripValue[],
  national: NationalBand,
  width: number,
): Scale {
  const values = [...all, ...highlighted].flatMap((item) =>
    item.value === null ? [] : [item.value],
  );
  const domainValues = [...values, national.p10 ?? 0, national.p90 ?? 0];
  const min = Math.min(...domainValues);
  const max = Math.max(...domainValues);
  return scaleLinear()
    .domain(min === max ? [min - 1, max + 1] : [min, max])
    .range([MARGIN.left, width - MARGIN.right])
    .nice();
}

/** The national bands and median behind the dots. */
function Bands({ x, national }: { x: Scale; national: NationalBand }) {
  const band = (from: number | null, to: number | null, className: string) =>
    from !== null && to !== null ? (
      <rect
        x={x(from)}
        y={STRIP_Y - 14}
        width={x(to) - x(from)}
        height={28}
        className={`wn-band ${className}`}
      />
    ) : null;
  return (
    <>
      {band(national.p10, national.p90, 'wn-band--outer')}
      {band(national.p25, national.p75, 'wn-band--inner')}
    </>
  );
}

/** A label near an edge is drawn inward from its tick, so it is never cut off. */
function anchorOf(at: number, width: number): 'start' | 'middle' | 'end' {
  if (at < 32) return 'start';
  return at > width - 32 ? 'end' : 'middle';
}

/** Tick labels at the scale's own ticks, with the decimals their step needs (none repeat). */
function Axis({ x, unit, width }: { x: Scale; unit: FigureScale; width: number }) {
  const { locale } = useTranslation();
  const ticks = x.ticks(width < 480 ? 3 : 5);
  const step = ticks.length > 1 ? (ticks[1] ?? 0) - (ticks[0] ?? 0) : 0;
  const decimals = decimalsForStep(step, unit);
  return (
    <g className="wn-axis">
      {ticks.map((tick) => (
        <text key={tick} x={x(tick)} y={STRIP_Y + 30} textAnchor={anchorOf(x(tick), width)}>
          {formatValue(tick, unit, locale, { withUnit: false, decimals })}
        </text>
      ))}
    </g>
  );
}

/** A chosen municipality: its dot ringed in its colour, its name and value on a row below. */
function Highlight({
  item,
  index,
  x,
  unit,
  width,
}: {
  item: NamedStripValue;
  index: number;
  x: Scale;
  unit: FigureScale;
  width: number;
}) {
  const { t, locale } = useTranslation();
  const y = STRIP_Y + 34 + index * ROW_HEIGHT + 12;
  const colour = seriesColour(index);
  const at = item.value === null ? MARGIN.left : x(item.value);
  return (
    <g>
      {item.value !== null && (
        <>
          <line x1={at} x2={at} y1={STRIP_Y} y2={y - 6} stroke={colour} strokeWidth={1.5} />
          <circle cx={at} cy={STRIP_Y} r={6} fill={colour} stroke="#fff" strokeWidth={1.5} />
        </>
      )}
      <text
        x={at}
        y={y + 4}
        textAnchor={item.value === null ? 'start' : at > width / 2 ? 'end' : 'start'}
        fill={colour}
        className="wn-label"
      >
        {item.name}: {item.value === null ? t('noData') : formatValue(item.value, unit, locale)}
      </text>
    </g>
  );
}

/**
 * Every published municipality as a dot on one axis, over the national P10–P90 band (light),
 * P25–P75 (darker) and the median (line); chosen municipalities are marked and named below.
 * A click on a dot opens that municipality's profile (the table beside it has the same as
 * links, for the keyboard). Drawn at its width on screen, so its text keeps its size.
 */
export function DistributionStrip({
  title,
  unit,
  national,
  all,
  highlighted,
  onOpen,
}: {
  title: string;
  unit: FigureScale;
  national: NationalBand;
  all: readonly StripValue[];
  highlighted: readonly NamedStripValue[];
  onOpen?: (code: string) => void;
}) {
  const { t, locale } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const [ref, width] = useChartWidth<HTMLElement>(640);
  const x = stripScale(all, highlighted, national, width);
  const format = (value: number | null) =>
    value === null ? '–' : formatValue(value, unit, locale);
  const height = STRIP_Y + 34 + highlighted.length * ROW_HEIGHT;
  const summary = t('distributionSummary', {
    median: format(national.median),
    p10: format(national.p10),
    p90: format(national.p90),
    count: national.municipalityCount,
  });
  const values = all.flatMap((item) => (item.value === null ? [] : [x(item.value)]));
  const openNearest = (event: MouseEvent<SVGSVGElement>) => {
    if (!onOpen) return;
    const box = event.currentTarget.getBoundingClientRect();
    const clickX = ((event.clientX - box.left) / box.width) * width;
    const clickY = ((event.clientY - box.top) / box.height) * height;
    if (Math.abs(clickY - STRIP_Y) > 14) return;
    const nearest = all
      .filter((item) => item.value !== null)
      .map((item) => ({ code: item.code, distance: Math.abs(x(item.value ?? 0) - clickX) }))
      .sort((a, b) => a.distance - b.distance)[0];
    if (nearest && nearest.distance <= CLICK_REACH) onOpen(nearest.code);
  };

  return (
    <figure className="wn-chart" ref={ref}>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the table beside the strip links every chosen municipality's profile for the keyboard */}
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className={`wn-chart__svg${onOpen ? ' wn-chart__svg--opens' : ''}`}
        onClick={openNearest}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{summary}</desc>
        <Bands x={x} national={national} />
        {dotLayers(values, STRIP_Y, DOT_RADIUS).map((d, index) => (
          <path key={index} d={d} className="wn-dot" />
        ))}
        {national.median !== null && (
          <line
            x1={x(national.median)}
            x2={x(national.median)}
            y1={STRIP_Y - 18}
            y2={STRIP_Y + 18}
            className="wn-median"
          />
        )}
        <Axis x={x} unit={unit} width={width} />
        {highlighted.map((item, index) => (
          <Highlight key={item.code} item={item} index={index} x={x} unit={unit} width={width} />
        ))}
      </svg>
      <figcaption className="wn-chart__caption">
        <strong>{title}.</strong> {summary}
        <span className="wn-legend">
          <span className="wn-legend__swatch wn-band--outer" aria-hidden="true" /> P10–P90
          <span className="wn-legend__swatch wn-band--inner" aria-hidden="true" /> P25–P75
          <span className="wn-legend__line" aria-hidden="true" /> {t('nationalMedian')}
        </span>
      </figcaption>
    </figure>
  );
}
