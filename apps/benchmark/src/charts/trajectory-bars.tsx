import { useId } from 'react';
import { formatNumber } from '../format/number-format';
import type { MessageKey } from '../i18n/messages';
import { useTranslation } from '../i18n/use-translation';
import { useChartWidth } from './use-chart-width';

/** One row of the chart: a life domain's trajectories, or the reason it has none to show. */
export interface TrajectoryRow {
  readonly key: string;
  readonly label: string;
  /** Shown after the label, e.g. the mean change and n. */
  readonly note: string;
  readonly counts: { improved: number; unchanged: number; worsened: number } | null;
  /** Shown in place of the bar when `counts` is null. */
  readonly withheldText: string;
}

const PART_NAMES = {
  worsened: 'trajectoryWorsened',
  unchanged: 'trajectoryUnchanged',
  improved: 'trajectoryImproved',
} as const satisfies Record<string, MessageKey>;

export const TRAJECTORY_COLOURS = {
  worsened: '#a90061',
  unchanged: '#696969',
  improved: '#01689b',
} as const;

const ROW_HEIGHT = 46;
const LABEL_Y = 14;
const BAR_Y = 20;
const BAR_HEIGHT = 18;
/** A segment narrower than this keeps its share to the table: the text would not fit. */
const MIN_LABELLED_WIDTH = 34;

type Part = keyof typeof TRAJECTORY_COLOURS;

/**
 * Where each part of a diverging bar starts and how wide it is, in pixels: worsened and half of
 * unchanged to the left of the middle, improved and the other half to the right.
 */
function segments(counts: NonNullable<TrajectoryRow['counts']>, width: number) {
  const total = counts.improved + counts.unchanged + counts.worsened;
  const half = width / 2;
  const px = (count: number) => (total === 0 ? 0 : (count / total) * half);
  const unchangedStart = half - px(counts.unchanged) / 2;
  const parts: Array<{ part: Part; x: number; width: number; share: number }> = [
    {
      part: 'worsened',
      x: unchangedStart - px(counts.worsened),
      width: px(counts.worsened),
      share: counts.worsened / total,
    },
    {
      part: 'unchanged',
      x: unchangedStart,
      width: px(counts.unchanged),
      share: counts.unchanged / total,
    },
    {
      part: 'improved',
      x: half + px(counts.unchanged) / 2,
      width: px(counts.improved),
      share: counts.improved / total,
    },
  ];
  return parts.filter((segment) => segment.width > 0);
}

/**
 * Trajectories per row as diverging bars (a small-multiples strip): the share of plans that
 * worsened to the left of the middle line, those that improved to the right, those unchanged
 * split across it. Drawn in the chart's own pixel width, so its text keeps its size on a phone.
 * The table beside it holds the same figures for screen readers and keyboards.
 */
export function TrajectoryBars({
  rows,
  title,
  summary,
}: {
  rows: readonly TrajectoryRow[];
  title: string;
  summary: string;
}) {
  const { t, locale } = useTranslation();
  const [ref, width] = useChartWidth<HTMLElement>(600);
  const titleId = useId();
  const descId = useId();
  const height = rows.length * ROW_HEIGHT + 4;
  return (
    <figure className="wn-chart" ref={ref}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className="wn-chart__svg wn-trajectories"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{summary}</desc>
        {rows.map((row, index) => (
          <g key={row.key} transform={`translate(0 ${index * ROW_HEIGHT})`}>
            <text x={0} y={LABEL_Y} className="wn-label">
              <tspan className="wn-trajectories__domain">{row.label}</tspan>
              {row.note && <tspan dx={6}>{row.note}</tspan>}
            </text>
            <line
              x1={width / 2}
              x2={width / 2}
              y1={BAR_Y - 4}
              y2={BAR_Y + BAR_HEIGHT + 4}
              className="wn-median"
            />
            {row.counts ? (
              segments(row.counts, width).map((segment) => (
                <g key={segment.part}>
                  <rect
                    x={segment.x}
                    y={BAR_Y}
                    width={segment.width}
                    height={BAR_HEIGHT}
                    fill={TRAJECTORY_COLOURS[segment.part]}
                  />
                  {segment.width >= MIN_LABELLED_WIDTH && (
                    <text
                      x={segment.x + segment.width / 2}
                      y={BAR_Y + BAR_HEIGHT / 2}
                      className="wn-trajectories__share"
                    >
                      {`${formatNumber(segment.share * 100, locale)}%`}
                    </text>
                  )}
                </g>
              ))
            ) : (
              <text x={width / 2} y={BAR_Y + BAR_HEIGHT / 2} className="wn-trajectories__withheld">
                {row.withheldText}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption className="wn-chart__caption">
        <strong>{title}.</strong> {summary}
        <span className="wn-legend">
          {(['worsened', 'unchanged', 'improved'] as const).map((part) => (
            <span key={part}>
              <span
                className="wn-legend__swatch"
                style={{ background: TRAJECTORY_COLOURS[part] }}
                aria-hidden="true"
              />{' '}
              {t(PART_NAMES[part])}{' '}
            </span>
          ))}
        </span>
      </figcaption>
    </figure>
  );
}
