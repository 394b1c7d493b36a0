import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dotLayers } from './dot-layers';

const centresOf = (d: string) =>
  [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)a3/g)].map((match) => Number(match[1]) + 3);

describe('dotLayers', () => {
  it('draws every value once, as a circle of the radius at the strip', () => {
    const layers = dotLayers([10, 40, 11, 200], 36, 3);
    expect(layers.flatMap(centresOf).sort((a, b) => a - b)).toEqual([10, 11, 40, 200]);
    expect(layers[0]).toContain('M7,36a3,3 0 1,0 6,0a3,3 0 1,0 -6,0');
  });

  it('puts dots that overlap in different layers, and far fewer layers than dots', () => {
    const xs = Array.from({ length: 342 }, (_, index) => 16 + ((index * 7919) % 608));
    const layers = dotLayers(xs, 36, 3);
    expect(layers.flatMap(centresOf)).toHaveLength(342);
    expect(layers.length).toBeLessThan(10);
  });

  it('never lets two dots of one layer overlap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 640, noNaN: true }), { maxLength: 400 }),
        (xs) => {
          const layers = dotLayers(xs, 36, 3);
          expect(layers.flatMap(centresOf)).toHaveLength(xs.length);
          for (const layer of layers) {
            const centres = centresOf(layer);
            for (let index = 1; index < centres.length; index++) {
              expect((centres[index] ?? 0) - (centres[index - 1] ?? 0)).toBeGreaterThanOrEqual(
                5.98,
              );
            }
          }
        },
      ),
    );
  });
});
