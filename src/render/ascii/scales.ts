/**
 * The two axes' scales: which value each row and column stands for, and which round values get a
 * labelled tick. Pure geometry; nothing here draws.
 */
import { gridPoint } from '../../core/grid.js';
import { roundStep } from '../round-step.js';
import { coarserStep, isMultiple, linearTicks, logTicks } from '../ticks.js';
import { formatValue } from './numbers.js';
import { textWidth } from './text.js';

export interface Tick {
  /** Row (y, 0 at the top) or column (x, 0 at the left) of the plot area. */
  readonly at: number;
  /** Where it is on the axis: the value, or its log10 on a log axis. */
  readonly value: number;
  readonly text: string;
}

/** A labelled value that is not a tick: a guide line, or a constant's value. Drawn where it is, labelled first. */
export interface Mark {
  /** On the axis: the value, or its log10 on a log axis. */
  readonly value: number;
  readonly text: string;
}

export interface AxisOptions {
  /** log10 axis: positions are logarithms, labels the values (decades). */
  readonly log?: boolean;
  /** Labelled before the ticks, which give way to them. */
  readonly marks?: readonly Mark[];
  /** A bound given (--ylim), on the axis: kept as it is, not rounded. */
  readonly fixed?: readonly [number | undefined, number | undefined];
  /** The least step between ticks (1: whole numbers only, as layers are). */
  readonly minStep?: number;
}

export interface YScale {
  /** Positions of the bottom and top rows (values, or their log10 on a log axis). */
  readonly lo: number;
  readonly hi: number;
  readonly rows: number;
  readonly ticks: readonly Tick[];
  /** The axis' offset or multiplier (`+1e15`, `×1e-10`), shown once; '' for none. */
  readonly note: string;
}

/** Rows between labels on the y axis, at least (one blank row between two labels). */
const Y_LABEL_GAP = 2;
/** Rows per y tick wanted. */
const ROWS_PER_TICK = 3;
/** How much emptier than the data the rounded y range may be (fraction of the data's span). */
const Y_SLACK = 0.1;

/**
 * How far v lies from a (0) towards b (1). Where b - a overflows, in halves; not always, since
 * halves of subnormal bounds round away (0 to 5e-324 would be 0 / 0). Between normal doubles the
 * two give the same bits: halving is exact there.
 */
export function fractionBetween(v: number, a: number, b: number): number {
  const span = b - a;
  return Number.isFinite(span) ? (v - a) / span : (v / 2 - a / 2) / (b / 2 - a / 2);
}

/** The row (0 at the top) nearest to a value. */
export function rowOf(scale: Pick<YScale, 'lo' | 'hi' | 'rows'>, v: number): number {
  const t = fractionBetween(v, scale.hi, scale.lo);
  return Math.min(scale.rows - 1, Math.max(0, Math.round(t * (scale.rows - 1))));
}

function clampFinite(v: number): number {
  return Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, v));
}

/** Ticks from values in axis space and their labels: marks first, then ticks that keep `gap` from them. */
function placeTicks(marks: readonly Mark[], ticks: readonly Mark[], at: (v: number) => number, gap: number): Tick[] {
  const placed: Tick[] = [];
  for (const m of marks) {
    const row = at(m.value);
    if (placed.every((t) => t.at !== row)) placed.push({ at: row, ...m });
  }
  const guided = placed.map((t) => t.at);
  for (const t of ticks) {
    const row = at(t.value);
    if (guided.every((g) => Math.abs(g - row) >= gap) && placed.every((p) => p.at !== row)) placed.push({ at: row, ...t });
  }
  return placed.sort((a, b) => a.at - b.at);
}

/**
 * The y scale: the data's extent (finite values, guide lines included, in axis space), widened to
 * round bounds that waste little height (a bound given in `fixed` stays as given), with labels at
 * the marks and at the multiples of one round step (decades on a log axis), at least two rows
 * apart. A single value gets a range around it.
 */
export function yScale(extent: readonly [number, number] | undefined, rows: number, options: AxisOptions = {}): YScale {
  const [fixedLo, fixedHi] = options.fixed ?? [undefined, undefined];
  let [min, max] = extent ?? [0, 1];
  if (fixedLo !== undefined) min = fixedLo;
  if (fixedHi !== undefined) max = fixedHi;
  if (fixedLo !== undefined && fixedHi === undefined && max <= min) max = min + (options.log ? 1 : Math.abs(min) || 1);
  if (fixedHi !== undefined && fixedLo === undefined && min >= max) min = max - (options.log ? 1 : Math.abs(max) || 1);
  const constant = min === max;
  if (constant) {
    const half = options.log ? 0.5 : Math.abs(min) || 1;
    [min, max] = [clampFinite(min - half), clampFinite(max + half)];
  }
  // Half the span: finite for any finite bounds, where the span itself may overflow.
  const halfSpan = max / 2 - min / 2;
  const perRow = halfSpan / (Math.max(1, rows - 1) / 2);
  let lo = min;
  let hi = max;
  let ticks: { values: readonly number[]; labels: readonly string[]; note: string };
  if (options.log) {
    // decades that waste little height: the bounds go out to them
    const [dlo, dhi] = [Math.floor(min + 1e-9), Math.ceil(max - 1e-9)];
    if (fixedLo === undefined && min - dlo <= halfSpan * 2 * Y_SLACK) lo = dlo;
    if (fixedHi === undefined && dhi - max <= halfSpan * 2 * Y_SLACK) hi = dhi;
    const decadesPerRow = (hi - lo) / Math.max(1, rows - 1);
    // two rows between labels; in a short chart, one if that is what it takes to label two
    let t = logTicks(10 ** lo, 10 ** hi, Y_LABEL_GAP * decadesPerRow);
    if (t.values.length < 2) t = logTicks(10 ** lo, 10 ** hi, decadesPerRow * 1.0001);
    ticks = { ...t, values: t.values.map(Math.log10) };
  } else {
    // the step at least two rows long whose labels come nearest to one every three rows
    const near = (u: number) => Math.abs(Math.log(u / perRow / ROWS_PER_TICK));
    const finest = roundStep(perRow * Y_LABEL_GAP);
    let step = near(coarserStep(finest)) < near(finest) ? coarserStep(finest) : finest;
    // the bounds go out to round values, which may lengthen the rows: then a coarser step
    for (let tries = 0; tries < 3; tries++) {
      for (const u of [step, step / 2, step / 5, step / 10, step / 20, step / 50, step / 100]) {
        const a = fixedLo ?? clampFinite(Math.floor(min / u + 1e-9) * u);
        const b = fixedHi ?? clampFinite(Math.ceil(max / u - 1e-9) * u);
        [lo, hi] = [Math.min(a, min), Math.max(b, max)];
        if (hi / 2 - lo / 2 <= halfSpan * (1 + Y_SLACK)) break;
      }
      if (step / ((hi / 2 - lo / 2) / (Math.max(1, rows - 1) / 2)) >= Y_LABEL_GAP) break;
      step = coarserStep(step);
    }
    ticks = linearTicks(lo, hi, step);
    // rather than one label alone: labels two rows apart, or in a short chart on neighbouring rows
    const rowHeight = (hi / 2 - lo / 2) / (Math.max(1, rows - 1) / 2);
    for (const gap of [Y_LABEL_GAP, 1]) if (ticks.values.length < 2) ticks = linearTicks(lo, hi, rowHeight * gap * 1.0001);
  }
  const scale = { lo, hi, rows };
  const marks = [...(options.marks ?? [])];
  if (constant && extent) marks.unshift({ value: extent[0], text: options.log ? formatValue(10 ** extent[0]) : formatValue(extent[0], halfSpan / 250) });
  const inside = marks.filter((m) => m.value >= lo && m.value <= hi);
  const tickMarks = ticks.values.map((value, i) => ({ value, text: ticks.labels[i] }));
  return { ...scale, ticks: placeTicks(inside, tickMarks, (v) => rowOf(scale, v), Y_LABEL_GAP), note: ticks.note };
}

export interface XTick extends Tick {
  /** Where its label starts, in plot columns (negative: under the y axis). */
  readonly start: number;
}

export interface XScale {
  /** Positions of the first and last columns' centres (values, or their log10 on a log axis). */
  readonly x0: number;
  readonly x1: number;
  /** Columns of the plot area. Column c is centred on gridPoint(x0, x1, columns, c). */
  readonly columns: number;
  readonly ticks: readonly XTick[];
  /** The axis' offset or multiplier, shown once; '' for none. */
  readonly note: string;
}

/** Columns per x tick wanted, at least. */
const COLUMNS_PER_TICK = 8;
/** Blanks between two x labels, at least. */
const X_LABEL_GAP = 2;

/** The column whose centre is nearest to a value. */
export function columnOf(scale: Pick<XScale, 'x0' | 'x1' | 'columns'>, v: number): number {
  const t = fractionBetween(v, scale.x0, scale.x1);
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
 * The most columns, up to `available`, that put every multiple of `step` on a column's centre:
 * possible when the range ends are multiples of a round fraction of the step, and worth a few
 * columns; otherwise a tick is on the column nearest its value.
 */
function alignedColumns(x0: number, x1: number, step: number, available: number): number {
  for (const u of [step, step / 2, step / 5, step / 10]) {
    if (!(isMultiple(x0, u) && isMultiple(x1, u))) continue;
    const q = Math.round((x1 / 2 - x0 / 2) / (u / 2));
    if (q < 1 || q > available - 1) continue;
    const columns = 1 + q * Math.floor((available - 1) / q);
    if (columns >= available - Math.max(3, 0.04 * available)) return columns; // a few columns at most

  }
  return Math.max(2, available);
}

/** Labels centred under their columns, within [-left, limit); undefined when two would touch. */
function placeXTicks(scale: Pick<XScale, 'x0' | 'x1' | 'columns'>, marks: readonly Mark[], ticks: readonly Mark[], left: number, limit: number): XTick[] | undefined {
  // more ticks than pairs of columns cannot all be labelled
  if (ticks.length > scale.columns / 2 + 1) return undefined;
  const placed: XTick[] = [];
  const clashes = (start: number, end: number) => placed.some((t) => start < t.start + textWidth(t.text) + X_LABEL_GAP && t.start < end + X_LABEL_GAP);
  for (const [kind, list] of [['mark', marks], ['tick', ticks]] as const) {
    for (const m of list) {
      const at = columnOf(scale, m.value);
      const length = textWidth(m.text);
      const start = Math.min(limit - length, Math.max(-left, at - Math.floor(length / 2)));
      if (start < -left) continue; // wider than the whole axis
      if (placed.some((t) => t.at === at) || clashes(start, start + length)) {
        // a tick gives way to a guide's label; two ticks that touch call for a coarser step
        if (kind === 'tick' && !marks.some((g) => Math.abs(columnOf(scale, g.value) - at) <= length + X_LABEL_GAP)) return undefined;
        continue;
      }
      placed.push({ at, start, ...m });
    }
  }
  return placed.sort((a, b) => a.at - b.at);
}

/**
 * The x scale for at most `available` columns. Ticks: the multiples of one round step (decades on
 * a log axis), as many as fit with two blanks between labels; when the range ends allow, the plot
 * drops a few columns so that every tick falls exactly on a column's centre. Labels are centred
 * under their columns (the middle character, or the one right of the middle, under the tick) and
 * may reach from `left` columns left of the plot's first column up to (not including) column
 * `limit`. Marks (guide lines) are labelled first.
 */
export function xScale(x0: number, x1: number, available: number, left: number, limit: number, options: AxisOptions = {}): XScale {
  const perColumn = (x1 / 2 - x0 / 2) / (Math.max(1, available - 1) / 2);
  const marks = (options.marks ?? []).filter((m) => m.value >= x0 && m.value <= x1);
  let minGap = Math.max(COLUMNS_PER_TICK * perColumn, options.log ? 0 : (options.minStep ?? 0));
  let fallback: XScale | undefined;
  for (let attempt = 0; attempt < 40; attempt++) {
    const t = options.log ? logTicks(10 ** x0, 10 ** x1, minGap) : linearTicks(x0, x1, minGap);
    const values = options.log ? t.values.map(Math.log10) : t.values;
    const columns = options.log ? Math.max(2, available) : alignedColumns(x0, x1, t.step, available);
    const scale = { x0, x1, columns };
    const ticks = placeXTicks(scale, marks, values.map((value, i) => ({ value, text: t.labels[i] })), left, limit);
    if (ticks) return { ...scale, ticks, note: t.note };
    fallback ??= { ...scale, ticks: placeXTicks(scale, marks, [], left, limit) ?? [], note: '' };
    minGap = !options.log && t.step > 0 ? coarserStep(t.step) : minGap * 2;
  }
  return fallback!;
}
