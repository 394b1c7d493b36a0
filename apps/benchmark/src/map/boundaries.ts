import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties of a boundary in the CBS/PDOK TopoJSON files. */
export interface AreaProperties {
  readonly code: string;
  readonly name: string;
  readonly municipality_code?: string;
}

export type Areas = FeatureCollection<Geometry, AreaProperties>;

/** Boundary files the browser fetches: the nation's map is projected when the app is built. */
export type BoundaryFile = 'wijken_2024';

const cache = new Map<string, Promise<Areas>>();
const loaded = new Map<string, Areas>();

/** The boundaries of a file when they have arrived already, so a map can draw them at once. */
export function loadedBoundaries(file: BoundaryFile): Areas | undefined {
  return loaded.get(file);
}

/**
 * Boundaries are fetched as data (not bundled), once per file: the 1 MB district file only
 * when someone opens a municipality's districts.
 */
export function loadBoundaries(file: BoundaryFile): Promise<Areas> {
  const object = 'wijken';
  let promise = cache.get(file);
  if (!promise) {
    promise = fetch(`${import.meta.env.BASE_URL}${file}.topojson`)
      .then((response) => {
        if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
        return response.json() as Promise<
          Topology<{ [key: string]: GeometryCollection<AreaProperties> }>
        >;
      })
      .then((topology) => {
        const geometries = topology.objects[object];
        if (!geometries) throw new Error(`${file}: no object ${object}`);
        const areas = feature(topology, geometries) as Areas;
        loaded.set(file, areas);
        return areas;
      });
    promise.catch(() => cache.delete(file));
    cache.set(file, promise);
  }
  return promise;
}
