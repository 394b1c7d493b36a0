import { SEQUENTIAL_BLUES } from '../charts/palette';

export interface ColourClass {
  readonly from: number;
  readonly to: number;
  readonly colour: string;
}

/**
 * Five classes of equal width over the published values. Equal widths keep the legend honest
 * (the same step means the same difference everywhere) and are easy to read from a table.
 */
export function colourClasses(values: readonly number[]): ColourClass[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const count = min === max ? 1 : SEQUENTIAL_BLUES.length;
  const step = (max - min) / count;
  return Array.from({ length: count }, (_, index) => ({
    from: min + index * step,
    to: index === count - 1 ? max : min + (index + 1) * step,
    colour: SEQUENTIAL_BLUES[count === 1 ? 2 : index] ?? '#2a77b0',
  }));
}

/** The class a value falls in; the top value belongs to the last class. */
export function classOf(value: number, classes: readonly ColourClass[]): ColourClass | undefined {
  return classes.find((item, index) => value < item.to || index === classes.length - 1);
}
