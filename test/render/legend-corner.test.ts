/** The legend's corner: matplotlib's loc="best", on lines scaled to the unit square. */
import { describe, expect, it } from 'vitest';
import { bestCorner, cornerBox, piecesInBox, segmentMeetsBox } from '../../src/render/legend-corner.js';

const box = { x0: 0.6, x1: 1, y0: 0.7, y1: 1 };

describe('segmentMeetsBox', () => {
  it('sees a segment crossing, entering or inside the box, and not one passing by', () => {
    expect(segmentMeetsBox(0.5, 0.8, 0.9, 0.8, box)).toBe(true); // enters from the left
    expect(segmentMeetsBox(0.7, 0.75, 0.8, 0.9, box)).toBe(true); // inside
    expect(segmentMeetsBox(0.5, 0.5, 1, 1, box)).toBe(true); // through a corner
    expect(segmentMeetsBox(0, 0, 0.5, 0.9, box)).toBe(false); // left of it
    expect(segmentMeetsBox(0.7, 0.1, 0.9, 0.6, box)).toBe(false); // below it
    expect(segmentMeetsBox(0.8, 0.8, 0.8, 0.8, box)).toBe(true); // a point inside
  });
});

describe('bestCorner', () => {
  const rising = { x: [0, 0.5, 1], y: [0, 0.5, 1] }; // bottom-left to top-right, like relu
  const falling = { x: [0, 1], y: [1, 0] };

  it('avoids the corners a line runs through', () => {
    expect(bestCorner([rising], 0.3, 0.2)).toBe('top-left');
    expect(bestCorner([falling], 0.3, 0.2)).toBe('top-right');
    expect(bestCorner([rising, falling], 0.3, 0.2)).toBe('top-right'); // a tie: matplotlib's order
  });

  it('counts pieces of line, and NaN breaks a line', () => {
    const flatTop = { x: [0, 0.25, 0.5, 0.75, 1], y: [0.95, 0.95, 0.95, 0.95, 0.95] };
    expect(piecesInBox([flatTop], cornerBox('top-left', 0.3, 0.2))).toBe(2);
    const broken = { x: [0, 0.1, 0.2, 0.9], y: [0.95, NaN, 0.95, 0.1] };
    expect(piecesInBox([broken], cornerBox('top-left', 0.3, 0.2))).toBe(2); // a lone point, then a segment leaving the box
    expect(bestCorner([flatTop, rising], 0.3, 0.2)).toBe('bottom-right');
  });
});
