import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import type { AreaProperties, Areas } from '../src/map/boundaries.ts';
import { projectOutlines } from '../src/map/project-outlines.ts';

const MODULE_ID = 'virtual:national-outlines';
const RESOLVED_ID = `\0${MODULE_ID}`;
const TOPOLOGY = join(
  dirname(fileURLToPath(import.meta.url)),
  '../src/map/gemeenten_2025.topojson',
);

/** The municipal boundaries of the TopoJSON file, projected onto the national map. */
export function nationalOutlines(path: string = TOPOLOGY) {
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{
    gemeenten: GeometryCollection<AreaProperties>;
  }>;
  return projectOutlines(feature(topology, topology.objects.gemeenten) as Areas);
}

/**
 * The national map is the same for every visitor and indicator, so it is projected once, when
 * the app is built, rather than in each browser on each visit: `virtual:national-outlines`
 * exports the municipalities' SVG paths, ready to draw.
 */
export function nationalOutlinesPlugin(): Plugin {
  return {
    name: 'wijknet:national-outlines',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(TOPOLOGY);
      return `export default ${JSON.stringify(nationalOutlines())};`;
    },
  };
}
