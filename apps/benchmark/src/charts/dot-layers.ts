/**
 * The dots of a strip plot as a few SVG paths instead of one element per municipality. Dots
 * that overlap go to different layers, so each layer is a union of separate dots and the
 * layers, drawn half-transparent over each other, darken where dots pile up exactly as
 * separate circles would. A dense strip takes as many layers as dots overlap at one place.
 */
export function dotLayers(xs: readonly number[], y: number, radius: number): string[] {
  const layers: { lastX: number; d: string }[] = [];
  const diameter = 2 * radius;
  for (const x of [...xs].sort((a, b) => a - b)) {
    let layer = layers.find((candidate) => x - candidate.lastX >= diameter);
    if (!layer) {
      layer = { lastX: x, d: '' };
      layers.push(layer);
    }
    layer.lastX = x;
    layer.d += dotPath(x, y, radius);
  }
  return layers.map((layer) => layer.d);
}

/** A full circle as two arcs of a path. */
function dotPath(x: number, y: number, radius: number): string {
  const left = round(x - radius);
  return `M${left},${round(y)}a${radius},${radius} 0 1,0 ${2 * radius},0a${radius},${radius} 0 1,0 ${-2 * radius},0`;
}

const round = (value: number) => Math.round(value * 100) / 100;
