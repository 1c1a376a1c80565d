import { describe, expect, it } from 'vitest';
import { distinctLabels } from '../../src/core/distinct-labels.js';

describe('distinctLabels', () => {
  it('numbers the repeats from #2, in order, and leaves distinct labels alone', () => {
    expect(distinctLabels(['relu', 'gelu', 'relu', 'relu'])).toEqual(['relu', 'gelu', 'relu #2', 'relu #3']);
    expect(distinctLabels(['a', 'b'])).toEqual(['a', 'b']);
  });
  it('never makes a label that another already is', () => {
    expect(distinctLabels(['relu', 'relu #2', 'relu'])).toEqual(['relu', 'relu #2', 'relu #3']);
  });
});
