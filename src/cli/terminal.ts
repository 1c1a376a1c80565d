/**
 * What a chart may assume about where it is printed: its size and whether to colour it. Pure
 * functions of the options, the environment and what stdout reports, so that tests can pose as a
 * terminal.
 */
import { UsageError } from '../core/errors.js';
import type { CanvasKind } from '../render/ascii/canvases.js';

export interface TerminalInfo {
  readonly isTTY: boolean;
  readonly columns?: number;
  readonly rows?: number;
}

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** The frame when nothing says otherwise (a pipe, a file): fixed, so output is the same everywhere. */
const DEFAULT_FRAME: ChartSize = { width: 80, height: 24 };
const SIZE_LIMITS = { width: [20, 1000], height: [5, 1000] } as const;

function checked(option: string, dimension: 'width' | 'height', v: number): number {
  const [min, max] = SIZE_LIMITS[dimension];
  const unit = dimension === 'width' ? 'columns' : 'rows';
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new UsageError(`${option} must be a whole number of ${unit} from ${min} to ${max} (a chart needs at least ${SIZE_LIMITS.width[0]}x${SIZE_LIMITS.height[0]}), got ${v}`);
  }
  return v;
}

/** A size the environment or the terminal reports, brought into the supported range: it is no mistake of the caller's. */
function clamped(v: number, [min, max]: readonly [number, number]): number {
  return Math.max(min, Math.min(max, Math.floor(v)));
}

/**
 * Rows per column a chart may take at most: a text cell is about twice as tall as it is wide, so
 * half as many rows as columns makes a square, and a taller chart squeezes curves sideways.
 */
const MAX_ROWS_PER_COLUMN = 0.5;

/**
 * Width: --width, else COLUMNS, else the terminal's width, else 80. Height: --height, else on a
 * terminal its rows less one (for the prompt), up to a square chart but never less than 24 where
 * the terminal has them; off a terminal 24. An explicit --width/--height out of range is a usage
 * error; COLUMNS (a whole number, 0 aside) and the terminal's size are clamped into the range.
 */
export function chartSize(
  options: { width?: number; height?: number },
  terminal: TerminalInfo,
  env: NodeJS.ProcessEnv,
  names: { readonly width: string; readonly height: string } = { width: '--width', height: '--height' },
): ChartSize {
  const width = options.width !== undefined ? checked(names.width, 'width', options.width) : clamped(lineWidth(terminal, env), SIZE_LIMITS.width);

  let height: number;
  if (options.height !== undefined) height = checked(names.height, 'height', options.height);
  else if (terminal.isTTY && terminal.rows) {
    const readable = Math.max(DEFAULT_FRAME.height, Math.floor(width * MAX_ROWS_PER_COLUMN));
    height = clamped(Math.min(readable, terminal.rows - 1), SIZE_LIMITS.height);
  }
  else height = DEFAULT_FRAME.height;
  return { width, height };
}

/**
 * Colour: --color or --no-color when given; else off with NO_COLOR (https://no-color.org) or
 * TERM=dumb, on with FORCE_COLOR (not 0), and otherwise on exactly when stdout is a terminal.
 */
export function colorWanted(flag: boolean | undefined, terminal: TerminalInfo, env: NodeJS.ProcessEnv): boolean {
  return flag ?? colorRule(terminal, env).colors;
}

/** Without --color/--no-color: whether colours are on, and which rule decided (act doctor reports it). */
export function colorRule(terminal: TerminalInfo, env: NodeJS.ProcessEnv): { colors: boolean; reason: string } {
  if (env.NO_COLOR) return { colors: false, reason: 'NO_COLOR is set' };
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return { colors: !['0', 'false'].includes(env.FORCE_COLOR), reason: `FORCE_COLOR=${env.FORCE_COLOR}` };
  if (env.TERM === 'dumb') return { colors: false, reason: 'TERM=dumb' };
  return { colors: terminal.isTTY, reason: terminal.isTTY ? 'stdout is a terminal' : 'stdout is not a terminal' };
}

/**
 * Columns a line of text (help, a table, the catalog) may take: COLUMNS when it is a whole number
 * (0 aside), else the terminal's width, else 80 off a terminal, so that a pipe or a file gets the
 * same text everywhere.
 */
export function lineWidth(terminal: TerminalInfo, env: NodeJS.ProcessEnv): number {
  const columns = env.COLUMNS && /^\s*\d+\s*$/.test(env.COLUMNS) ? Number(env.COLUMNS) : 0;
  if (columns > 0) return columns;
  return terminal.isTTY && terminal.columns ? terminal.columns : DEFAULT_FRAME.width;
}

/**
 * The canvas of a terminal chart: --canvas when given; else ascii where the terminal may show
 * nothing else (TERM=dumb, or a locale that is not UTF-8: LC_ALL, else LC_CTYPE, else LANG, none
 * set meaning POSIX's C locale), else box.
 */
export function canvasWanted(flag: CanvasKind | undefined, env: NodeJS.ProcessEnv): CanvasKind {
  if (flag !== undefined) return flag;
  if (env.TERM === 'dumb') return 'ascii';
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  return locale && /utf-?8/i.test(locale) ? 'box' : 'ascii';
}
