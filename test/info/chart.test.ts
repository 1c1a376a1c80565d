/** The chart of `act info`: golden text, colours only when asked, any values drawable. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toSpec } from '../../src/core/evaluate.js';
import { sampleSeries } from '../../src/core/series.js';
import { infoChart } from '../../src/info/chart.js';

const golden = (name: string, text: string): void => {
  const file = new URL(`../golden/info/${name}`, import.meta.url);
  // UPDATE_GOLDEN=1 rewrites the file after a deliberate change; look at the diff before committing.
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
};

const ESC = '\u001b';
const series = (spec: string, from = -5, to = 5) => sampleSeries([toSpec(spec)], { from, to, points: 61, derivative: true });

describe('info chart', () => {
  it('relu and relu\' on [-5, 5], plain text', () => {
    const lines = infoChart(series('relu'), { height: 8, color: false });
    golden('relu-chart.txt', `${lines.join('\n')}\n`);
    expect(lines.join('\n')).not.toContain(ESC);
  });

  it('gelu and gelu\' on [-5, 5], plain text', () => {
    golden('gelu-chart.txt', `${infoChart(series('gelu'), { height: 8, color: false }).join('\n')}\n`);
  });

  it('colours the two curves when asked, and only the curves', () => {
    const plain = infoChart(series('tanh'), { height: 8, color: false });
    const coloured = infoChart(series('tanh'), { height: 8, color: true });
    const text = coloured.join('\n');
    expect(text).toContain(`${ESC}[34m`);
    expect(text).toContain(`${ESC}[33m`);
    expect(coloured.map((l) => l.replace(/\u001b\[\d+m/g, ''))).toEqual(plain);
  });

  it('puts the y labels in one column and the x ends under the first and last points', () => {
    const lines = infoChart(series('sigmoid', -10, 10), { height: 8, color: false });
    const plot = lines.slice(0, -2);
    const axis = plot.map((l) => l.indexOf('┤'));
    expect(new Set(axis).size).toBe(1);
    const width = axis[0];
    const xLine = lines[lines.length - 2];
    expect(xLine.slice(width).startsWith('-10')).toBe(true);
    expect(xLine.length).toBe(width + 61);
    expect(xLine.endsWith('10')).toBe(true);
    expect(lines[lines.length - 1]).toContain("sigmoid'");
  });

  it('draws non-finite values as their neighbours instead of failing', () => {
    const s = series('exponential', 700, 720); // overflows to Infinity past 709.78
    expect(s[0].y.some((v) => v === Infinity)).toBe(true);
    expect(() => infoChart(s, { height: 8, color: false })).not.toThrow();
  });
});
