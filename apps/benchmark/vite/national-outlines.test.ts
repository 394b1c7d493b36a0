import outlinesInTheApp from 'virtual:national-outlines';
import { describe, expect, it } from 'vitest';
import { MAP_HEIGHT, MAP_WIDTH } from '../src/map/project-outlines.ts';
import { nationalOutlines } from './national-outlines.ts';

const numbersOf = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('the national map projected at build time', () => {
  const outlines = nationalOutlines();

  it('has one outline for each of the 342 municipalities, with its code and name', () => {
    expect(outlines).toHaveLength(342);
    expect(new Set(outlines.map((outline) => outline.code)).size).toBe(342);
    expect(outlines.find((outline) => outline.code === 'GM0080')?.name).toBe('Leeuwarden');
    for (const outline of outlines) expect(outline.d).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it('fills the map and stays inside it, with coordinates to a tenth of a map unit', () => {
    const points = outlines.flatMap((outline) => numbersOf(outline.d));
    const xs = points.filter((_, index) => index % 2 === 0);
    const ys = points.filter((_, index) => index % 2 === 1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(MAP_WIDTH);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(MAP_HEIGHT);
    // fitSize touches two opposite edges of the map
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(MAP_HEIGHT - 1);
    expect(points.every((value) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-9)).toBe(
      true,
    );
  });

  it('is what the app imports as virtual:national-outlines', () => {
    expect(outlinesInTheApp).toEqual(outlines);
  });
});
