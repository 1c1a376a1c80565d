import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { sampleSeries } from '../../src/core/series.js';
import { parseSpec } from '../../src/spec/parse.js';
import { functionColors, isCssColor, seriesColors, TAB10 } from '../../src/render/colors.js';

describe('colours', () => {
  it('reads CSS colours: names, hex, rgb()', () => {
    for (const c of ['red', 'magenta', 'cyan', '#1f77b4', '#abc', 'rgb(10, 20, 30)', 'hsl(120, 50%, 50%)']) expect(isCssColor(c), c).toBe(true);
    for (const c of ['redd', '#12', '', 'rgb(1,2)', 'blue;']) expect(isCssColor(c), c).toBe(false);
  });

  it("takes the given colours in order, then matplotlib's cycle", () => {
    expect(functionColors(3, ['red'])).toEqual(['red', TAB10[1], TAB10[2]]);
    expect(functionColors(12)[10]).toBe(TAB10[0]);
  });

  it('refuses an unknown colour and more colours than functions, as usage errors', () => {
    expect(() => functionColors(2, ['red', 'bleu'])).toThrow(/"bleu" is not a colour/);
    expect(() => functionColors(1, ['red', 'blue'])).toThrow(/2 colours for 1 function$/);
    expect(() => functionColors(1, ['nope'])).toThrow(UsageError);
  });

  it("gives a derivative its function's colour", () => {
    const specs = [parseSpec('relu'), parseSpec('gelu')];
    const series = sampleSeries(specs, { from: -1, to: 1, points: 3, derivative: true });
    expect(seriesColors(series, specs, ['red'])).toEqual(['red', 'red', TAB10[1], TAB10[1]]);
  });
});
