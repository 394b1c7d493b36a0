import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

/**
 * The width a chart has on screen, in CSS pixels, kept current as the window changes. A chart
 * draws its SVG in these units, so its text keeps its font size on a phone instead of shrinking
 * with a viewBox made for a wide screen.
 */
export function useChartWidth<Element extends HTMLElement>(
  fallback: number,
): [RefObject<Element | null>, number] {
  const ref = useRef<Element | null>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
