/** The terminal palette reads on white and on black; a derivative takes its function's colour. */
import { describe, expect, it } from 'vitest';
import { brailleSample } from '../../../src/render/ascii/braille.js';
import { DERIVATIVE_STYLES, LINE_STYLES, SERIES_COLOR_CODES, seriesStyles } from '../../../src/render/ascii/styles.js';
import { act } from '../../helpers/cli.js';

/** xterm's 256-colour palette: 16-231 are a 6x6x6 cube. */
function xtermRgb(n: number): [number, number, number] {
  const levels = [0, 95, 135, 175, 215, 255];
  const i = n - 16;
  return [levels[Math.floor(i / 36)], levels[Math.floor(i / 6) % 6], levels[i % 6]];
}
const linear = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: number[]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
/** WCAG 2 contrast ratio. */
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
};

describe('the series palette', () => {
  it('every colour has a contrast of at least 3:1 against white and against black', () => {
    expect(SERIES_COLOR_CODES.length).toBeGreaterThanOrEqual(8);
    for (const n of SERIES_COLOR_CODES) {
      expect(contrast(xtermRgb(n), [255, 255, 255]), `colour ${n} on white`).toBeGreaterThanOrEqual(3);
      expect(contrast(xtermRgb(n), [0, 0, 0]), `colour ${n} on black`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('f and f\' paired', () => {
  /** The colour escape before each legend sample, in order. */
  const legendColours = (args: string[]) => {
    const legend = act(['plot', ...args, '--color', '-w', '100']).stdout.trimEnd().split('\n').at(-1)!;
    return [...legend.matchAll(/\x1b\[38;5;(\d+)m/g)].map((m) => Number(m[1]));
  };

  it("with -d each derivative is drawn in its function's colour, in a dashed style of its own", () => {
    const [relu, reluD, gelu, geluD] = legendColours(['relu', 'gelu', '-d']);
    expect(reluD).toBe(relu);
    expect(geluD).toBe(gelu);
    expect(gelu).not.toBe(relu);
    const legend = act(['plot', 'relu', 'gelu', '-d', '-w', '100']).stdout.trimEnd().split('\n').at(-1)!.trim();
    expect(legend).toBe("── relu   ┄┄ relu'   ━━ gelu   ┅┅ gelu'");
  });

  it('four functions with -d: four colours, eight styles', () => {
    const colours = legendColours(['relu', 'gelu', 'swish', 'mish', '-d']);
    expect(colours).toHaveLength(8);
    expect(new Set(colours).size).toBe(4);
    for (let k = 0; k < 8; k += 2) expect(colours[k + 1]).toBe(colours[k]);
  });
});

describe('line styles', () => {
  it('functions take the solid styles in turn and each derivative the dashed style of its function', () => {
    const styles = seriesStyles([{}, { derivative: true, colorGroup: 0 }, {}, { derivative: true, colorGroup: 1 }, {}, { derivative: true, colorGroup: 2 }]);
    expect(styles.map((s) => s.sample)).toEqual(['──', '┄┄', '━━', '┅┅', '══', '╍╍']);
    // a derivative keeps its function's corners: f and f' share their weight
    expect(styles[1].symbols.slice(5, 9)).toEqual(styles[0].symbols.slice(5, 9));
    expect(styles[3].symbols.slice(5, 9)).toEqual(styles[2].symbols.slice(5, 9));
    // f' alone (--only-derivative): each takes its own function's dashed style
    expect(seriesStyles([{ derivative: true, colorGroup: 0 }, { derivative: true, colorGroup: 1 }]).map((s) => s.sample)).toEqual(['┄┄', '┅┅']);
    // no style is used twice in the first eight functions, nor shared between a function and a derivative
    const all = [...LINE_STYLES, ...DERIVATIVE_STYLES].map((s) => s.sample);
    expect(new Set(all).size).toBe(all.length);
  });

  it('every braille dash pattern differs, and its legend sample shows it', () => {
    const patterns = [...LINE_STYLES.slice(0, 5), ...DERIVATIVE_STYLES].map((s) => s.dots);
    const samples = patterns.map(brailleSample);
    expect(new Set(samples).size).toBe(samples.length);
    expect(brailleSample('1')).toBe('⠒⠒⠒');
    expect(brailleSample('10')).toBe('⠂⠂⠂');
    expect(brailleSample('1100')).toBe('⠒⠀⠒');
  });
});
