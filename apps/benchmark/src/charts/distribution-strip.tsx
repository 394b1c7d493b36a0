import { scaleLinear } from 'd3-scale';
import { useId } from 'react';
import { formatValue } from '../format/number-format';
import type { IndicatorUnit } from '../graphql/graphql';
import { useTranslation } from '../i18n/use-translation';
import { dotLayers } from './dot-layers';
import { seriesColour } from './palette';

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

const WIDTH = 640;
const MARGIN = { left: 16, right: 16 };
const STRIP_Y = 36;
const ROW_HEIGHT = 22;
const DOT_RADIUS = 3;

/**
 * Every published municipality as a dot on one axis, over the national P10–P90 band (light),
 * P25–P75 (darker) and the median (line); chosen municipalities are marked and named below.
 * The table beside it holds the same numbers, and the summary sentence states the band.
 */
export function DistributionStrip({
  title,
  unit,
  national,
  all,
  highlighted,
}: {
  title: string;
  unit: IndicatorUnit;
  national: NationalBand;
  all: readonly StripValue[];
  highlighted: readonly NamedStripValue[];
}) {
  const { t, locale } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const values = all.flatMap((item) => (item.value === null ? [] : [item.value]));
  const highlightedValues = highlighted.flatMap((item) =>
    item.value === null ? [] : [item.value],
  );
  const domainValues = [...values, ...highlightedValues, national.p10 ?? 0, national.p90 ?? 0];
  const min = Math.min(...domainValues);
  const max = Math.max(...domainValues);
  const x = scaleLinear()
    .domain(min === max ? [min - 1, max + 1] : [min, max])
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .nice();
  const format = (value: number | null) =>
    value === null ? '–' : formatValue(value, unit, locale);
  const height = STRIP_Y + 34 + highlighted.length * ROW_HEIGHT;
  const summary = t('distributionSummary', {
    median: format(national.median),
    p10: format(national.p10),
    p90: format(national.p90),
    count: national.municipalityCount,
  });
  const ticks = x.ticks(5);

  return (
    <figure className="wn-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className="wn-chart__svg"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{summary}</desc>
        {national.p10 !== null && national.p90 !== null && (
          <rect
            x={x(national.p10)}
            y={STRIP_Y - 14}
            width={x(national.p90) - x(national.p10)}
            height={28}
            className="wn-band wn-band--outer"
          />
        )}
        {national.p25 !== null && national.p75 !== null && (
          <rect
            x={x(national.p25)}
            y={STRIP_Y - 14}
            width={x(national.p75) - x(national.p25)}
            height={28}
            className="wn-band wn-band--inner"
          />
        )}
        {dotLayers(values.map(x), STRIP_Y, DOT_RADIUS).map((d, index) => (
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
        <g className="wn-axis">
          {ticks.map((tick) => (
            <text key={tick} x={x(tick)} y={STRIP_Y + 30} textAnchor="middle">
              {formatValue(tick, unit, locale, { withUnit: false })}
            </text>
          ))}
        </g>
        {highlighted.map((item, index) => {
          const y = STRIP_Y + 34 + index * ROW_HEIGHT + 12;
          const colour = seriesColour(index);
          return (
            <g key={item.code}>
              {item.value !== null && (
                <>
                  <line
                    x1={x(item.value)}
                    x2={x(item.value)}
                    y1={STRIP_Y}
                    y2={y - 6}
                    stroke={colour}
                    strokeWidth={1.5}
                  />
                  <circle
                    cx={x(item.value)}
                    cy={STRIP_Y}
                    r={6}
                    fill={colour}
                    stroke="#fff"
                    strokeWidth={1.5}
                  />
                </>
              )}
              <text
                x={item.value === null ? MARGIN.left : x(item.value)}
                y={y + 4}
                textAnchor={
                  item.value === null ? 'start' : x(item.value) > WIDTH / 2 ? 'end' : 'start'
                }
                fill={colour}
                className="wn-label"
              >
                {item.name}: {item.value === null ? t('noData') : format(item.value)}
              </text>
            </g>
          );
        })}
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
