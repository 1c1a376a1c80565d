import { describe, expect, it } from 'vitest';
import { reals, span, union, values } from '../../src/core/range.js';
import { numberText, rangeText } from '../../src/info/range-text.js';

describe('numbers and sets as text', () => {
  it('numbers to 6 significant digits, infinities as ∞, -0 as 0', () => {
    expect([0.25, 1 / 6, -0.16997120747990366, Infinity, -Infinity, -0, 1e-7, 1.7580993408473768].map(numberText)).toEqual([
      '0.25', '0.166667', '-0.169971', '∞', '-∞', '0', '1e-7', '1.7581',
    ]);
  });
  it('intervals, value sets and unions', () => {
    expect(rangeText(span(0, 0.25, '(]'))).toBe('(0, 0.25]');
    expect(rangeText(span(0, Infinity, '[)'))).toBe('[0, ∞)');
    expect(rangeText(reals)).toBe('(-∞, ∞)');
    expect(rangeText(values(0, 1))).toBe('{0, 1}');
    expect(rangeText(union(span(0, 0.5, '(]'), values(1)))).toBe('(0, 0.5] ∪ {1}');
    expect(rangeText(union(span(-Infinity, -0.5), values(0), span(0.5, Infinity)))).toBe('(-∞, -0.5) ∪ {0} ∪ (0.5, ∞)');
    expect(rangeText({ pieces: [] })).toBe('∅');
  });
});
