/**
 * How series and the chart's parts look: each series has its own line style (so that series stay
 * apart without colour) and its own colour. Inks name what a cell is; the palette turns an ink into
 * an ANSI escape sequence when colour is on.
 */
import asciichart from 'asciichart';

export interface LineStyle {
  /** asciichart's ten symbols: ┼ ┤ ╶ ╴ ─ ╰ ╭ ╮ ╯ │ (the first four, its axis, are left blank). */
  readonly symbols: readonly string[];
  /** What the legend shows before the label. */
  readonly sample: string;
  /**
   * The braille canvas' dash pattern: dots along the curve, '1' drawn and '0' left out, repeated
   * (braille.ts), so that braille series read apart without colour as the box styles do.
   */
  readonly dots: string;
}

/** level, down-lower, up-upper, down-upper, up-lower, vertical (asciichart's order). */
function lineStyle(chars: string, dots: string): LineStyle {
  const [level, downLower, upUpper, downUpper, upLower, vertical] = [...chars];
  return { symbols: [' ', ' ', ' ', ' ', level, downLower, upUpper, downUpper, upLower, vertical], sample: level + level, dots };
}

const marker = (c: string, dots: string): LineStyle => lineStyle(c.repeat(6), dots);

/**
 * A function's styles, in turn: solid lines of three weights (braille: solid, dashed, dash-dot),
 * then markers (braille: long dashes, and so on). The derivatives have styles of their own (DERIVATIVE_STYLES).
 */
export const LINE_STYLES: readonly LineStyle[] = [
  lineStyle('─╰╭╮╯│', '1'),
  lineStyle('━┗┏┓┛┃', '1100'),
  lineStyle('═╚╔╗╝║', '11001000'),
  marker('+', '111100'),
  marker('x', '1110'),
  marker('o', '1'),
  marker('*', '1100'),
  marker('#', '11001000'),
];

/**
 * A derivative's style: dashed lines (braille: dotted), as the images draw f' dashed in f's
 * colour, so that f and f' pair by colour and read apart by style, also without colour. The
 * derivative of the k-th function takes the k-th (the weights and corners of its function's line
 * where it has one); no dashed double line exists, so the third is a heavy double dash.
 */
export const DERIVATIVE_STYLES: readonly LineStyle[] = [lineStyle('┄╰╭╮╯┆', '10'), lineStyle('┅┗┏┓┛┇', '1000'), lineStyle('╍╚╔╗╝╏', '101000')];

export const seriesStyle = (index: number): LineStyle => LINE_STYLES[index % LINE_STYLES.length];
export const derivativeStyle = (index: number): LineStyle => DERIVATIVE_STYLES[index % DERIVATIVE_STYLES.length];

/**
 * Each series' style: the functions (and data) take LINE_STYLES in turn; a derivative takes the
 * derivative style of its colour group (its function's number), else of its own number.
 */
export function seriesStyles(series: readonly { readonly derivative?: boolean; readonly colorGroup?: number }[]): LineStyle[] {
  let functions = 0;
  let derivatives = 0;
  return series.map((s) => (s.derivative ? derivativeStyle(s.colorGroup ?? derivatives++) : seriesStyle(functions++)));
}

/** The symbols of data points (measured values), one per series in turn. */
const POINT_SYMBOLS = ['●', '◆', '■', '▲', '○', '◇', '□', '△'] as const;
export const pointSymbol = (index: number): string => POINT_SYMBOLS[index % POINT_SYMBOLS.length];

/** Ink numbers: 0 is the terminal's default. */
export const INK = { text: 0, guide: 1, title: 2, series: 3 } as const;
export const seriesInk = (index: number): number => INK.series + (index % SERIES_COLORS.length);

/**
 * xterm's 256-colour palette, in matplotlib's tab10 order of hues (blue, orange, green, red,
 * purple, brown, pink, olive, teal), each chosen for a contrast of at least 3.3:1 (WCAG's 3:1
 * for graphics) against both white and black, so that every curve reads on light and dark
 * backgrounds: the bright yellow and cyan of the 16 colours were nearly invisible on white.
 * Contrasts (white, black): 32 3.86 5.45; 166 3.80 5.53; 28 4.70 4.47; 160 5.40 3.89;
 * 134 3.86 5.44; 130 4.71 4.46; 168 3.57 5.88; 136 3.34 6.29; 30 4.36 4.82.
 */
export const SERIES_COLOR_CODES: readonly number[] = [32, 166, 28, 160, 134, 130, 168, 136, 30];
const SERIES_COLORS: readonly string[] = SERIES_COLOR_CODES.map((n) => `\x1b[38;5;${n}m`);

const BOLD = '\x1b[1m';

/** The escape sequence that starts an ink. */
export function ansiInk(ink: number): string {
  if (ink === INK.guide) return asciichart.darkgray;
  if (ink === INK.title) return BOLD;
  if (ink >= INK.series) return SERIES_COLORS[ink - INK.series];
  return '';
}

export const ANSI_RESET = asciichart.reset;
