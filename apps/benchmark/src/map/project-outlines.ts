import { geoMercator, geoPath } from 'd3-geo';
import type { AreaProperties, Areas } from './boundaries';

/** The map's drawing area: every map (the nation, a municipality's districts) fills it. */
export const MAP_WIDTH = 480;
export const MAP_HEIGHT = 560;

/** An area's SVG outline on the map, with its code and name. */
export interface Outline extends AreaProperties {
  readonly d: string;
}

/**
 * The areas projected (Mercator) to fill the map, one SVG path per area. Coordinates are
 * rounded to a tenth of a map unit: finer than a pixel at any size the page draws the map,
 * and it keeps the paths short.
 */
export function projectOutlines(areas: Areas): Outline[] {
  const path = geoPath(geoMercator().fitSize([MAP_WIDTH, MAP_HEIGHT], areas)).digits(1);
  return areas.features.map((area) => ({ ...area.properties, d: path(area) ?? '' }));
}
