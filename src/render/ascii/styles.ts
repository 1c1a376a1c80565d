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
}

/** level, down-lower, up-upper, down-upper, up-lower, vertical (asciichart's order). */
function lineStyle(level: string, downLower: string, upUpper: string, downUpper: string, upLower: string, vertical: string): LineStyle {
  return { symbols: [' ', ' ', ' ', ' ', level, downLower, upUpper, downUpper, upLower, vertical], sample: level + level };
}

const marker = (c: string): LineStyle => lineStyle(c, c, c, c, c, c);

export const LINE_STYLES: readonly LineStyle[] = [
  lineStyle('─', '╰', '╭', '╮', '╯', '│'),
  lineStyle('━', '┗', '┏', '┓', '┛', '┃'),
  lineStyle('═', '╚', '╔', '╗', '╝', '║'),
  marker('·'),
  marker('+'),
  marker('x'),
  marker('o'),
  marker('*'),
  marker('#'),
];

export const seriesStyle = (index: number): LineStyle => LINE_STYLES[index % LINE_STYLES.length];

/** The symbols of data points (measured values), one per series in turn. */
const POINT_SYMBOLS = ['●', '◆', '■', '▲', '○', '◇', '□', '△'] as const;
export const pointSymbol = (index: number): string => POINT_SYMBOLS[index % POINT_SYMBOLS.length];

/** Ink numbers: 0 is the terminal's default. */
export const INK = { text: 0, guide: 1, title: 2, series: 3 } as const;
export const seriesInk = (index: number): number => INK.series + (index % SERIES_COLORS.length);

/** Bright colours first: they read well on dark and light backgrounds alike. */
const SERIES_COLORS: readonly string[] = [
  asciichart.lightblue,
  asciichart.lightred,
  asciichart.lightgreen,
  asciichart.lightmagenta,
  asciichart.lightyellow,
  asciichart.lightcyan,
  asciichart.blue,
  asciichart.red,
  asciichart.green,
  asciichart.magenta,
  asciichart.yellow,
  asciichart.cyan,
];

const BOLD = '\x1b[1m';

/** The escape sequence that starts an ink. */
export function ansiInk(ink: number): string {
  if (ink === INK.guide) return asciichart.darkgray;
  if (ink === INK.title) return BOLD;
  if (ink >= INK.series) return SERIES_COLORS[ink - INK.series];
  return '';
}

export const ANSI_RESET = asciichart.reset;
