import { describe, expect, test } from 'vitest';
import { contactCircles } from '../../../../src/lib/figures/contact-circles';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('contactCircles', () => {
  const figure = contactCircles();
  const ringOf = (warmth: string) => figure.rings.find((ring) => ring.warmth === warmth)!;

  test('draws cold, warm and hot from the outside in, around you', () => {
    expect(figure.rings.map(({ warmth }) => warmth)).toEqual(['cold', 'warm', 'hot']);
    const radii = figure.rings.map(({ radius }) => radius);
    expect([...radii].sort((a, b) => b - a)).toEqual(radii);
    expect(figure.youRadius).toBeLessThan(ringOf('hot').radius);
  });

  test('puts each ring’s name inside its own band', () => {
    for (const ring of figure.rings) {
      const from = distance(ring.labelAt, figure.center);
      expect(from).toBeLessThan(ring.radius);
      const inside = figure.rings.find(
        (other) => other.radius < ring.radius && other.radius > from,
      );
      expect(inside, ring.warmth).toBeUndefined();
    }
  });

  test('sends new names from a hot contact into the warm ring, and moves a cold name in', () => {
    const [first, second, inward] = figure.arrows;
    const hot = ringOf('hot').radius;
    const warm = ringOf('warm').radius;
    for (const flow of [first!, second!]) {
      expect(distance(flow.from, figure.center)).toBeLessThan(hot);
      expect(distance(flow.to, figure.center)).toBeGreaterThan(hot - 12);
      expect(distance(flow.to, figure.center)).toBeLessThan(warm);
      expect(flow.dashed).toBe(false);
    }
    expect(distance(inward!.from, figure.center)).toBeGreaterThan(warm);
    expect(distance(inward!.to, figure.center)).toBeLessThan(warm);
    expect(inward!.dashed).toBe(true);
  });

  test('points each arrowhead at its arrow’s end', () => {
    for (const flow of figure.arrows) expect(flow.head[0]).toEqual(flow.to);
  });

  test('lists each ring and the flow in a legend below the circles, within the figure', () => {
    expect(figure.legend.map(({ key }) => key)).toEqual(['hot', 'warm', 'cold', 'flow']);
    expect(figure.legend[0]!.y).toBeGreaterThan(figure.center.y + ringOf('cold').radius);
    for (const row of figure.legend)
      for (const line of row.lines) expect(line.length).toBeLessThanOrEqual(42);
    const last = figure.legend.at(-1)!;
    expect(figure.height).toBeGreaterThan(last.y + (last.lines.length - 1) * 16);
    expect(figure.legend.at(-1)!.lines.join(' ')).toContain('1 to 2 new names');
  });
});
