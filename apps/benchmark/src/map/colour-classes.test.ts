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

  it('draws round bounds that the legend writes apart with the decimals of their step', () => {
    const classes = colourClasses([0.6812, 0.6934, 0.7049]);
    expect(classes.map((item) => [item.from, item.to].map((bound) => bound.toFixed(3)))).toEqual([
      ['0.680', '0.685'],
      ['0.685', '0.690'],
      ['0.690', '0.695'],
      ['0.695', '0.700'],
      ['0.700', '0.705'],
    ]);
    expect(colourClasses([0.68, 0.71]).map((item) => item.to - item.from)).toEqual(
      [0.01, 0.01, 0.01].map((step) => expect.closeTo(step, 9)),
    );
    expect(classes[0]?.colour).toBe('#d6e9f5');
    expect(classes.at(-1)?.colour).toBe('#0b4a7d');
    expect(classOf(0.7049, classes)).toBe(classes[4]);
  });
});
