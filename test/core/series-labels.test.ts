import { describe, expect, it } from 'vitest';
import { sampleSeries, seriesLabels } from '../../src/core/series.js';
import { parseSpec } from '../../src/spec/parse.js';

describe('seriesLabels', () => {
  it("gives sampleSeries' labels, in its order, without sampling: f', repeated names and vector functions", () => {
    const specs = ['relu', 'relu', 'softmax', 'q=x*sigmoid(x)'].map(parseSpec);
    for (const curves of [{}, { derivative: true }, { onlyDerivative: true }]) {
      const sampled = sampleSeries(specs, { from: -2, to: 2, points: 5, ...curves }).map((s) => s.label);
      expect(seriesLabels(specs, curves)).toEqual(sampled);
    }
    expect(seriesLabels(specs, { derivative: true })).toEqual(['relu', "relu'", 'relu #2', "relu #2'", 'softmax', "softmax'", 'q', "q'"]);
  });
});
