/** The committed metrics table is the shipped font's, and measures text as node-canvas does. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import metrics from '../../src/render/font-metrics.json' with { type: 'json' };
import { advanceUnits, FONT_FAMILY, FONT_FILE, kerningUnits, missingGlyphs, textWidth, wrapText } from '../../src/render/font.js';
// @ts-expect-error: a plain .mjs build script, no declarations
import { fontMetrics } from '../../scripts/font-metrics.mjs';
import { ROOT } from '../helpers/cli.js';
import { canvasModule, hasCanvas, needsCanvas } from '../helpers/canvas.js';

const SAMPLES = ['Sigmoid Function Graph', 'AVAVA To Wa', '−7.5', 'leaky_relu(0.2)', "gelu'", 'Tanh(x)', 'αβγ σ(x) ≥ 0', 'elu(alpha=0.5), elu'];

describe('font metrics', () => {
  it('are the shipped font file\'s (scripts/font-metrics.mjs rebuilds them)', () => {
    expect(fontMetrics(readFileSync(`${ROOT}/${FONT_FILE}`))).toEqual(metrics);
    expect(FONT_FAMILY).toBe(metrics.family); // the name act gives is the file's own
  });

  it("give every code point's advance and every pair's kerning as the table lists them, the missing glyph's and 0 elsewhere", () => {
    const listed = new Map<number, number>();
    for (const [first, widths] of metrics.advances as [number, number[]][]) widths.forEach((w, i) => listed.set(first + i, w));
    for (let code = 0; code <= 0x10000; code++) expect(advanceUnits(code), `U+${code.toString(16)}`).toBe(listed.get(code) ?? metrics.missing);
    expect(advanceUnits(0x10ffff)).toBe(metrics.missing);
    for (const [pair, units] of Object.entries(metrics.kerning as Record<string, number>)) expect(kerningUnits(pair[0], pair.slice(1)), pair).toBe(units);
    for (const [a, b] of [['_', '_proto__'], ['c', 'onstructor'], ['t', 'oString'], ['x', 'y']]) expect(kerningUnits(a, b)).toBe(0);
  });

  it('measure by advance widths and kerning', () => {
    // DejaVu Sans: "l" advances 569 units of 2048, "A" and "V" 1401 each, and A-V kerns by -131
    expect(textWidth('l', 2048)).toBe(569);
    expect(textWidth('AV', 2048)).toBe(1401 + 1401 - 131);
    expect(textWidth('', 14)).toBe(0);
    expect(textWidth('ab', 10)).toBeCloseTo(2 * textWidth('ab', 5), 12);
  });

  it.skipIf(!hasCanvas)(needsCanvas('agree with node-canvas (pango) measuring the same font, to 0.02 px'), () => {
    const canvas = canvasModule!;
    canvas.registerFont(`${ROOT}/${FONT_FILE}`, { family: FONT_FAMILY });
    const ctx = canvas.createCanvas(10, 10).getContext('2d');
    for (const size of [11, 14, 17]) {
      ctx.font = `${size}px "${FONT_FAMILY}"`;
      for (const s of SAMPLES) expect(Math.abs(textWidth(s, size) - ctx.measureText(s).width), `${size}px ${s}`).toBeLessThan(0.02);
    }
  });
});

describe('missingGlyphs', () => {
  it('names each character the font has no glyph for once, in order; white space and controls aside', () => {
    expect(missingGlyphs(['relu αβγ ≤ ∞ — ü ✓ Ω', 'x\ty\n'])).toEqual([]);
    expect(missingGlyphs(['激活 ReLU 🙂', '活 激 数'])).toEqual(['激', '活', '🙂', '数']);
    // the same font tables as the widths: a missing character measures as the missing glyph
    expect(advanceUnits('激'.codePointAt(0)!)).toBe(metrics.missing);
  });
});

describe('wrapText', () => {
  it('breaks at spaces into lines that fit', () => {
    const lines = wrapText('one two three four five six seven', textWidth('one two three', 10) + 0.01, 10);
    expect(lines).toEqual(['one two three', 'four five six', 'seven']);
  });
  it('keeps short text on one line, and breaks a word wider than a line', () => {
    expect(wrapText('short', 100, 10)).toEqual(['short']);
    expect(wrapText('', 100, 10)).toEqual(['']);
    const broken = wrapText('abcdefghijklmnopqrstuvwxyz', textWidth('abcdefghij', 10), 10);
    expect(broken.join('')).toBe('abcdefghijklmnopqrstuvwxyz');
    for (const line of broken) expect(textWidth(line, 10)).toBeLessThanOrEqual(textWidth('abcdefghij', 10));
  });
});
