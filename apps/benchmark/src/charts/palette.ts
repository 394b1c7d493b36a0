/**
 * Colours for chosen municipalities: each has at least 3:1 contrast on white (WCAG 1.4.11)
 * and they stay apart for the common colour-vision deficiencies; every line also has a
 * marker shape and a legend, so colour is never the only cue.
 */
export const SERIES_COLOURS = [
  '#01689b',
  '#a90061',
  '#275937',
  '#8f6200',
  '#42145f',
  '#d52b1e',
] as const;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] ?? '#01689b';
}

/** Sequential blues for the map, light to dark; light enough that the lightest is not white. */
export const SEQUENTIAL_BLUES = ['#d6e9f5', '#a2cbe6', '#5fa3cf', '#2a77b0', '#0b4a7d'] as const;

export const SUPPRESSED_FILL = '#ffffff';
export const UNPUBLISHED_FILL = '#b4b4b4';
