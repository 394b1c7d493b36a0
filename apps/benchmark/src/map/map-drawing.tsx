import { type MouseEvent, useId } from 'react';
import { SUPPRESSED_FILL, UNPUBLISHED_FILL } from '../charts/palette';
import { decimalsForStep, type FigureScale, formatValue } from '../format/number-format';
import { suppressionLabel } from '../format/suppression';
import { useTranslation } from '../i18n/use-translation';
import type { AreaFigure } from './area-figures';
import { type ColourClass, classOf } from './colour-classes';
import { MAP_HEIGHT, MAP_WIDTH, type Outline } from './project-outlines';

/** The legend: each class with bounds written to the decimals its width needs, then the reasons. */
function MapLegend({ classes, unit }: { classes: readonly ColourClass[]; unit: FigureScale }) {
  const { t, locale } = useTranslation();
  const first = classes[0];
  const decimals = decimalsForStep(first ? first.to - first.from : 0, unit);
  const format = (value: number) => formatValue(value, unit, locale, { withUnit: false, decimals });
  return (
    <ul className="wn-legend wn-legend--map">
      {classes.map((item) => (
        <li key={item.colour}>
          <span
            className="wn-legend__swatch"
            style={{ background: item.colour }}
            aria-hidden="true"
          />
          {/* One class means one value everywhere: a range "0,68 – 0,68" would say nothing. */}
          {item.from === item.to ? format(item.from) : `${format(item.from)} – ${format(item.to)}`}
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
  );
}

/**
 * The areas coloured by class; suppressed ones hatched, unpublished ones grey, chosen ones
 * outlined. A click on a municipality opens its profile (the table beside the map holds every
 * area as a link, for the keyboard).
 */
export function MapDrawing({
  outlines,
  byCode,
  classes,
  unit,
  label,
  chosen,
  onOpen,
}: {
  outlines: readonly Outline[];
  byCode: ReadonlyMap<string, AreaFigure>;
  classes: readonly ColourClass[];
  unit: FigureScale;
  label: string;
  chosen: ReadonlySet<string>;
  onOpen: ((code: string) => void) | null;
}) {
  const { locale } = useTranslation();
  const hatchId = useId().replaceAll(':', '');
  const fillOf = (figure: AreaFigure | undefined) => {
    if (!figure) return `url(#${hatchId})`;
    if (figure.value !== null) return classOf(figure.value, classes)?.colour ?? SUPPRESSED_FILL;
    return figure.suppression?.reason === 'NOT_PUBLISHED' ? UNPUBLISHED_FILL : `url(#${hatchId})`;
  };
  const open = (event: MouseEvent<SVGSVGElement>) => {
    const code = (event.target as Element).closest('[data-code]')?.getAttribute('data-code');
    if (code && onOpen) onOpen(code);
  };
  // Chosen areas are drawn last, so their outline is not covered by a neighbour's.
  const ordered = [
    ...outlines.filter((area) => !chosen.has(area.code)),
    ...outlines.filter((area) => chosen.has(area.code)),
  ];
  return (
    <>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: every area is a link in the table beside the map, the keyboard's way to a profile */}
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="img"
        aria-label={label}
        className={`wn-chart__svg${onOpen ? ' wn-chart__svg--opens' : ''}`}
        onClick={open}
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
        {ordered.map((area) => {
          const figure = byCode.get(area.code);
          const shown =
            figure?.value != null
              ? formatValue(figure.value, unit, locale, { withUnit: false })
              : suppressionLabel(figure?.suppression, locale);
          return (
            <path
              key={area.code}
              d={area.d}
              fill={fillOf(figure)}
              className={chosen.has(area.code) ? 'wn-area wn-area--chosen' : 'wn-area'}
              data-code={area.code}
            >
              {/* One text node, not three: the map has a title for every municipality. */}
              <title>{`${area.name}: ${shown}`}</title>
            </path>
          );
        })}
      </svg>
      <MapLegend classes={classes} unit={unit} />
    </>
  );
}
