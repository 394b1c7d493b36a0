import { SEQUENTIAL_BLUES } from '../charts/palette';

export interface ColourClass {
  readonly from: number;
  readonly to: number;
  readonly colour: string;
}

const MAX_CLASSES = SEQUENTIAL_BLUES.length;

/** The smallest round step (1, 2, 2.5 or 5 times a power of ten) of at least `rough`. */
function roundStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const multiple = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= rough * (1 - 1e-9));
  return (multiple ?? 10) * power;
}

/**
 * At most five classes of equal, round width over the published values (0,67 – 0,68, not
 * 0,6137 – 0,6198): equal widths keep the legend honest (the same step means the same
 * difference everywhere) and round bounds make it readable. Fewer classes take colours spread
 * over the scale, so the lowest is always light and the highest dark.
 */
export function colourClasses(values: readonly number[]): ColourClass[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return [{ from: min, to: max, colour: SEQUENTIAL_BLUES[2] ?? '#5fa3cf' }];
  let step = roundStep((max - min) / MAX_CLASSES);
  let start = Math.floor(min / step) * step;
  // A start rounded down can need a sixth class: then the next round step.
  while (Math.ceil((max - start) / step - 1e-9) > MAX_CLASSES) {
    step = roundStep(step * 1.01);
    start = Math.floor(min / step) * step;
  }
  const count = Math.max(1, Math.ceil((max - start) / step - 1e-9));
  return Array.from({ length: count }, (_, index) => ({
    from: start + index * step,
    to: start + (index + 1) * step,
    colour:
      SEQUENTIAL_BLUES[count === 1 ? 2 : Math.round((index * (MAX_CLASSES - 1)) / (count - 1))] ??
      '#2a77b0',
  }));
}

/** The class a value falls in; the top value belongs to the last class. */
export function classOf(value: number, classes: readonly ColourClass[]): ColourClass | undefined {
  return classes.find((item, index) => value < item.to || index === classes.length - 1);
}
