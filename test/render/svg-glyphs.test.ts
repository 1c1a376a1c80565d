/** Text drawn as glyph paths: placement, anchors, lines, escapes, and what stays text. */
import { describe, expect, it } from 'vitest';
import { advanceUnits, textWidth, UNITS_PER_EM } from '../../src/render/font.js';
import { placedOutline, shippedGlyphs, textAsPaths } from '../../src/render/svg-glyphs.js';

/** A stand-in font: every glyph a unit square at the origin, so a path's numbers show where each glyph went. */
const squares = (code: number) => (code === 0x20 ? '' : code === 0x4e00 ? undefined : 'M0 0L2048 0L2048 2048Z');
const firstX = (svg: string) => Number(/d="M([-\d.]+) /.exec(svg)![1]);

describe('textAsPaths', () => {
  it('moves and scales an outline: font units, y up, to pixels, y down', () => {
    expect(placedOutline('M0 0L2048 -1024Q1 2 3 4Z', 10, 20, 0.5)).toBe('M10 20L1034 532Q10.5 19 11.5 18Z');
  });

  it('anchors start, middle and end by the measured width, and keeps transform and fill', () => {
    const width = textWidth('ab', 20);
    for (const [anchor, shift] of [['start', 0], ['middle', -width / 2], ['end', -width]] as const) {
      const out = textAsPaths(`<text text-anchor="${anchor}" transform="translate(5,6) rotate(-90)" font-family="DejaVu Sans" font-size="20px" fill="#123">ab</text>`, squares);
      expect(out).toMatch(/^<path transform="translate\(5,6\) rotate\(-90\)" fill="#123" aria-label="ab" d="M/);
      expect(firstX(out)).toBeCloseTo(shift, 1);
      // the second glyph starts one advance (and the pair's kerning) later
      expect(out.match(/M[-\d.]+/g)).toHaveLength(2);
    }
    expect((advanceUnits(0x61) * 20) / UNITS_PER_EM).toBeGreaterThan(5);
  });

  it('draws each <tspan> line below the last, and unescapes the text', () => {
    const out = textAsPaths('<text font-size="10px"><tspan>x</tspan><tspan x="0" dy="12">y</tspan></text>', squares);
    expect(out).toContain('aria-label="x y"');
    const ys = [...out.matchAll(/M[-\d.]+ ([-\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys).toEqual([0, 12]);
    expect(textAsPaths('<text>A &amp; &lt;B&gt;</text>', squares)).toContain('aria-label="A &amp; &lt;B&gt;"');
  });

  it('leaves a text whose font lacks a character as text', () => {
    const text = '<text font-size="10px">a一</text>';
    expect(textAsPaths(`<svg>${text}</svg>`, squares)).toBe(`<svg>${text}</svg>`);
  });

  it("reads the shipped font's outlines (after the build): a, the minus sign, and nothing for a code point it lacks", () => {
    const glyphs = shippedGlyphs();
    expect(glyphs(0x61)).toMatch(/^M\d/);
    expect(glyphs(0x2212)).toMatch(/^M\d/);
    expect(glyphs(0xe9)).toMatch(/^M\d/); // é: from its block's file, not the common ones
    expect(glyphs(0x20)).toBe('');
    expect(glyphs(0x4e00)).toBeUndefined();
  });
});
