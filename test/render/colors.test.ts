import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { sampleSeries } from '../../src/core/series.js';
import { parseSpec } from '../../src/spec/parse.js';
import { lab } from 'd3-color';
import { functionColors, isCssColor, seriesColors, sweepColors, TAB10 } from '../../src/render/colors.js';
import { varySpecs } from '../../src/spec/vary.js';

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

describe('a --vary sweep', () => {
  const family = (count: number) => varySpecs(['elu'], 'alpha', Array.from({ length: count }, (_, i) => i / 10));

  it('keeps the cycle while it has a colour for every member', () => {
    expect(sweepColors(family(10))).toEqual(Array(10).fill(undefined));
    const specs = family(10);
    const series = sampleSeries(specs, { from: -1, to: 1, points: 3 });
    expect(seriesColors(series, specs)).toEqual([...TAB10]);
  });

  it('colours a longer family dark to light along viridis, every member its own colour, others keeping theirs', () => {
    const specs = [...family(40), parseSpec('relu')];
    const colors = sweepColors(specs);
    expect(colors.at(-1)).toBeUndefined();
    const members = colors.slice(0, 40) as string[];
    expect(new Set(members).size).toBe(40);
    expect(members[0]).toBe('#440154'); // viridis(0)
    // lightness rises member by member (CIELAB L*: viridis is perceptually ordered)
    const lightness = members.map((c) => lab(c).l);
    for (let i = 1; i < lightness.length; i++) expect(lightness[i], `member ${i}`).toBeGreaterThan(lightness[i - 1]);
    const series = sampleSeries(specs, { from: -1, to: 1, points: 3 });
    const all = seriesColors(series, specs);
    expect(all.slice(0, 40)).toEqual(members);
    expect(all[40]).toBe(TAB10[40 % 10]);
  });

  it('leaves colours the user gives as they are', () => {
    const specs = family(12);
    const series = sampleSeries(specs, { from: -1, to: 1, points: 3 });
    expect(seriesColors(series, specs, ['red'])[0]).toBe('red');
    expect(seriesColors(series, specs, ['red'])[1]).toBe(TAB10[1]);
  });
});
