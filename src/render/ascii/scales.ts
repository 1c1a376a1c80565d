/**
 * The two axes' scales: which value each row and column stands for, and which round values get a
 * labelled tick. Pure geometry; nothing here draws.
 */
import { gridPoint } from '../../core/grid.js';
import { formatTick, formatValue, neighbourSteps, niceStep } from './numbers.js';
import { textWidth } from './text.js';

export interface Tick {
  /** Row (y, 0 at the top) or column (x, 0 at the left) of the plot area. */
  readonly at: number;
  readonly value: number;
  readonly text: string;
}

export interface YScale {
  /** Values of the bottom and top rows. */
  readonly lo: number;
  readonly hi: number;
  readonly rows: number;
  readonly ticks: readonly Tick[];
}

/** Candidate round values per axis, at most (a 10,000-row chart has fewer labels). */
const MAX_TICKS = 5000;
/** Rows between labels on the y axis, at least (one blank row between two labels). */
const Y_LABEL_GAP = 2;
/** Rows per y tick wanted. */
const ROWS_PER_TICK = 3;
/** How much emptier than the data the rounded y range may be (fraction of the data's span). */
const Y_SLACK = 0.1;

/** The row (0 at the top) nearest to a value. Halves keep hi - lo finite for any finite bounds. */
export function rowOf(scale: Pick<YScale, 'lo' | 'hi' | 'rows'>, v: number): number {
  const t = (scale.hi / 2 - v / 2) / (scale.hi / 2 - scale.lo / 2);
  return Math.min(scale.rows - 1, Math.max(0, Math.round(t * (scale.rows - 1))));
}

/** Whether v is a whole multiple of step, allowing for the rounding of v / step itself. */
function isMultiple(v: number, step: number): boolean {
  const r = v / step;
  return Math.abs(r - Math.round(r)) < 1e-9 + Math.abs(r) * 1e-15;
}

function clampFinite(v: number): number {
  return Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, v));
}

/**
 * The y scale: the data's extent (finite values, guide lines included), widened to round bounds
 * that waste little height, with ticks at the bounds, at 0, at the marks (guide lines) and at
 * round values between, no two on neighbouring rows. A single value gets a range around it.
 */
export function yScale(extent: readonly [number, number] | undefined, rows: number, marks: readonly number[] = []): YScale {
  let [min, max] = extent ?? [0, 1];
  if (min === max) {
    const half = Math.abs(min) || 1;
    [min, max] = [clampFinite(min - half), clampFinite(max + half)];
  }
  // Half the span: finite for any finite bounds, where the span itself may overflow.
  const halfSpan = max / 2 - min / 2;
  const step = niceStep((halfSpan / Math.max(2, Math.round(rows / ROWS_PER_TICK))) * 2);
  let lo = min;
  let hi = max;
  let boundStep = step;
  for (const u of [step, step / 2, step / 5, step / 10, step / 20, step / 50, step / 100]) {
    boundStep = u;
    lo = clampFinite(Math.floor(min / u + 1e-9) * u);
    hi = clampFinite(Math.ceil(max / u - 1e-9) * u);
    if (hi / 2 - lo / 2 <= halfSpan * (1 + Y_SLACK)) break;
  }
  lo = Math.min(lo, min);
  hi = Math.max(hi, max);
  const scale = { lo, hi, rows };

  // In order of priority: a constant's value, 0, the bounds, the guide lines, round values.
  const candidates: { value: number; text: string }[] = [];
  if (extent && extent[0] === extent[1]) candidates.push({ value: extent[0], text: formatValue(extent[0], (hi / 2 - lo / 2) / 500) });
  if (lo < 0 && hi > 0) candidates.push({ value: 0, text: '0' });
  // A bound is a multiple of boundStep unless it had to stay finite (±MAX_VALUE).
  const boundText = (v: number): string => (Math.abs(v) === Number.MAX_VALUE ? formatValue(v) : formatTick(v, boundStep));
  candidates.push({ value: hi, text: boundText(hi) }, { value: lo, text: boundText(lo) });
  for (const m of marks) if (m >= lo && m <= hi) candidates.push({ value: m, text: formatValue(m, (hi / 2 - lo / 2) / 500) });
  // Counted with a small integer: far from 0 (1e12 + k·1e-3) first + 1 may round back to first.
  const first = Math.ceil(lo / step - 1e-9);
  for (let k = 0; k < MAX_TICKS && (first + k) * step < hi; k++) {
    const value = (first + k) * step;
    if (value > lo) candidates.push({ value, text: formatTick(value, step) });
  }
  const ticks: Tick[] = [];
  for (const c of candidates) {
    const at = rowOf(scale, c.value);
    if (ticks.every((t) => Math.abs(t.at - at) >= Y_LABEL_GAP)) ticks.push({ at, ...c });
  }
  ticks.sort((a, b) => a.at - b.at);
  return { ...scale, ticks };
}

export interface XTick extends Tick {
  /** Where its label starts, in plot columns (negative: under the y axis). */
  readonly start: number;
}

export interface XScale {
  readonly x0: number;
  readonly x1: number;
  /** Columns of the plot area. Column c is centred on gridPoint(x0, x1, columns, c). */
  readonly columns: number;
  readonly ticks: readonly XTick[];
}

/** Columns per x tick wanted, at least. */
const COLUMNS_PER_TICK = 10;
/** Blanks between two x labels, at least. */
const X_LABEL_GAP = 2;

/** The column whose centre is nearest to a value. */
export function columnOf(scale: Pick<XScale, 'x0' | 'x1' | 'columns'>, v: number): number {
  const t = (v / 2 - scale.x0 / 2) / (scale.x1 / 2 - scale.x0 / 2);
  return Math.min(scale.columns - 1, Math.max(0, Math.round(t * (scale.columns - 1))));
}

/**
 * The x values a chart reads its data at: the edges of its columns, where column c spans from
 * edge c to edge c + 1 and is centred on its own x (the range ends are the centres of the first
 * and last columns, so the outer edges are the range ends themselves). These are the odd points,
 * and the ends, of gridPoint(x0, x1, 2·columns - 1, ·): data sampled on that grid is drawn exactly.
 */
export function columnEdges(x0: number, x1: number, columns: number): Float64Array {
  const n = 2 * columns - 1;
  const edges = new Float64Array(columns + 1);
  edges[0] = x0;
  for (let c = 1; c < columns; c++) edges[c] = gridPoint(x0, x1, n, 2 * c - 1);
  edges[columns] = x1;
  return edges;
}

/** How many points of a linspace over the x range put a sample on every column edge and centre. */
export const exactSamples = (columns: number): number => 2 * columns - 1;

/**
 * The x scale for at most `available` columns. Ticks: the range ends, 0, and multiples of a round
 * step; when the ends are themselves multiples of a round step, the plot drops a few columns so
 * that every tick falls exactly on a column's centre. Labels are centred under their columns (the
 * middle character, or the one right of the middle, under the tick) and may reach from `left`
 * columns left of the plot's first column up to (not including) column `limit`.
 */
export function xScale(x0: number, x1: number, available: number, left: number, limit: number): XScale {
  const ends = [formatValue(x0, (x1 / 2 - x0 / 2) / 500), formatValue(x1, (x1 / 2 - x0 / 2) / 500)];
  const wanted = Math.max(1, Math.floor(available / Math.max(COLUMNS_PER_TICK, Math.max(...ends.map((e) => e.length)) + 4)));
  const span = x1 / 2 - x0 / 2;
  const plain = niceStep((span / wanted) * 2);
  let step = plain;
  let intervals = 0;
  for (const s of [...neighbourSteps(plain), plain].sort((a, b) => a - b)) {
    const q = Math.round((span / s) * 2);
    if (isMultiple(x0, s) && isMultiple(x1, s) && q >= 2 && q <= wanted && q < available) {
      [step, intervals] = [s, q];
      break;
    }
  }
  const columns = intervals > 0 ? 1 + intervals * Math.floor((available - 1) / intervals) : Math.max(2, available);
  const scale = { x0, x1, columns };

  const candidates: { value: number; text: string }[] = [
    { value: x0, text: ends[0] },
    { value: x1, text: ends[1] },
  ];
  if (x0 < 0 && x1 > 0) candidates.push({ value: 0, text: '0' });
  const first = Math.ceil(x0 / step - 1e-9);
  for (let k = 0; k < MAX_TICKS && (first + k) * step < x1; k++) {
    const value = (first + k) * step;
    // A tick within half a step of an end crowds it; the end's label says enough.
    if (value - x0 > step / 2 + 1e-9 * step && x1 - value > step / 2 + 1e-9 * step) candidates.push({ value, text: formatTick(value, step) });
  }
  const ticks: XTick[] = [];
  for (const c of candidates) {
    const at = columnOf(scale, c.value);
    const length = textWidth(c.text);
    const start = Math.min(limit - length, Math.max(-left, at - Math.floor(length / 2)));
    const end = start + length;
    if (start < -left) continue; // wider than the whole axis
    const clash = ticks.some((t) => t.at === at || (start < t.start + [...t.text].length + X_LABEL_GAP && t.start < end + X_LABEL_GAP));
    if (!clash) ticks.push({ at, start, ...c });
  }
  ticks.sort((a, b) => a.at - b.at);
  return { ...scale, ticks };
}
