/** The HTML page's chart (src/render/html-spec.ts): the slider's range and which member each position shows. */
import { describe, expect, it } from 'vitest';
import { sampleSeries } from '../../src/core/series.js';
import { htmlData, sliderOf } from '../../src/render/html-spec.js';
import { varySpecs } from '../../src/spec/vary.js';

describe('the slider', () => {
  it('keeps an even step, and steps uneven values by their smallest gap', () => {
    expect(sliderOf([0.2, 0.3, 0.4])).toEqual({ min: 0.2, max: 0.4, step: 0.1 });
    expect(sliderOf([0.5, 1, 2])).toEqual({ min: 0.5, max: 2, step: 0.5 });
  });

  it('gives each member the positions nearest its value, every position to exactly one member', () => {
    const specs = varySpecs(['elu'], 'alpha', [0.5, 1, 2]);
    const data = htmlData(sampleSeries(specs, { from: -1, to: 1, points: 5 }), false);
    expect(data.series.map((s) => [s.lo, s.hi])).toEqual([[null, 0.75], [0.75, 1.5], [1.5, null]]);
    for (const position of [0.5, 1, 1.5, 2]) {
      const shown = data.series.filter((s) => (s.lo === null || position >= s.lo) && (s.hi === null || position < s.hi));
      expect(shown).toHaveLength(1);
    }
    // members share one x column
    expect(data.xs).toHaveLength(1);
  });
});
