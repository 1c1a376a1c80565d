/** The chart of `act info`: golden text, colours only when asked, any values drawable. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toSpec } from '../../src/spec/evaluate.js';
import { INFO_CHART, infoChart } from '../../src/info/chart.js';

const golden = (name: string, text: string): void => {
  const file = new URL(`../golden/info/${name}`, import.meta.url);
  // UPDATE_GOLDEN=1 rewrites the file after a deliberate change; look at the diff before committing.
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
};

const ESC = '\u001b';
const chart = (spec: string, from = -5, to = 5, color = false) => infoChart(toSpec(spec), { from, to, color });

describe('info chart', () => {
  it("relu and relu' on [-5, 5], plain text", () => {
    const lines = chart('relu');
    golden('relu-chart.txt', `${lines.join('\n')}\n`);
    expect(lines.join('\n')).not.toContain(ESC);
  });

  it("gelu and gelu' on [-5, 5], plain text", () => {
    golden('gelu-chart.txt', `${chart('gelu').join('\n')}\n`);
  });

  it('colours the curves when asked, and the text is the same without the escapes', () => {
    const plain = chart('tanh');
    const coloured = chart('tanh', -5, 5, true);
    expect(coloured.join('\n')).toContain(`${ESC}[`);
    expect(coloured.map((l) => l.replace(/\u001b\[[\d;]*m/g, '').trimEnd())).toEqual(plain.map((l) => l.trimEnd()));
  });

  it('fits its frame, names both curves and labels the ends of the x axis', () => {
    const lines = chart('sigmoid', -10, 10);
    expect(lines.length).toBeLessThanOrEqual(INFO_CHART.height);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(INFO_CHART.width);
    const legend = lines[lines.length - 1];
    expect(legend).toContain('sigmoid');
    expect(legend).toContain("sigmoid'");
    expect(lines.some((l) => /-10\b/.test(l) && /\b10$/.test(l.trimEnd()))).toBe(true);
  });

  it('leaves gaps where values are not finite instead of failing', () => {
    expect(() => chart('exponential', 700, 720)).not.toThrow(); // overflows to Infinity past 709.78
  });
});
