import { describe, expect, it } from 'vitest';
import { classOf, colourClasses } from './colour-classes';

describe('map colour classes', () => {
  it('splits the range into five equal classes, light to dark', () => {
    const classes = colourClasses([0, 10, 5, 2.5]);
    expect(classes).toHaveLength(5);
    expect(classes[0]).toMatchObject({ from: 0, to: 2 });
    expect(classes[4]).toMatchObject({ from: 8, to: 10 });
    expect(classOf(10, classes)).toBe(classes[4]);
    expect(classOf(0, classes)).toBe(classes[0]);
    expect(classOf(2, classes)).toBe(classes[1]);
  });

  it('uses one class when every value is the same, and none without values', () => {
    expect(colourClasses([3, 3])).toHaveLength(1);
    expect(colourClasses([])).toEqual([]);
  });
});
