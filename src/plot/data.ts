/**
 * Data in a plot (act plot's input, plot()'s `data` option), by the rule act eval reads input by:
 * - x values alone: the functions are drawn at them, as points joined by lines;
 * - x and y columns: each column is a series named by its header, drawn as points beside the
 *   functions, which are drawn as lines over the data's x range (unless from/to say otherwise),
 *   or as lines when there are no functions.
 * Big data is thinned per pixel column, each column's least and greatest value kept (thin.ts).
 */
import { UsageError } from '../core/errors.js';
import { evaluateInto } from '../core/evaluate.js';
import type { Series } from '../core/series.js';
import type { Spec } from '../core/spec.js';
import { finiteExtent } from '../render/extent.js';
import { MAX_SAMPLES } from '../render/image-size.js';
import { thinned } from './thin.js';
import { printable } from '../core/printable.js';

/** A column of y values with its name (the legend's label). */
export interface DataColumn {
  readonly name: string;
  readonly values: ArrayLike<number>;
  /** Its own x values, when not the data's x (a column thinned as it was read). */
  readonly x?: ArrayLike<number>;
}

export interface PlotData {
  /** x values; alone, the points the functions are drawn at. */
  readonly x: ArrayLike<number>;
  /** y columns against x, one series each: named columns, or an object of them ({ measured: [...] }). */
  readonly y?: readonly DataColumn[] | Readonly<Record<string, ArrayLike<number>>>;
  /** The name of the x column: the x axis label unless one is given (default x). */
  readonly xName?: string;
}

export interface DataPlot {
  /** Series to draw as they are: the data's columns, or the functions at the data's x values. */
  readonly fixed: Series[];
  /** Whether the functions are still to be sampled on a grid (from..to). */
  readonly sampleFunctions: boolean;
  /** The x range of the functions' grid: from/to as given, else the data's. */
  readonly range?: [number, number];
  /** The x axis label the data suggests (its x column's name), if not x. */
  readonly xlabel?: string;
}

interface DataLook {
  readonly data?: PlotData;
  readonly from?: number;
  readonly to?: number;
  readonly points?: number;
  readonly derivative?: boolean;
  readonly onlyDerivative?: boolean;
}

function columnsOf(y: PlotData['y']): DataColumn[] {
  if (y === undefined) return [];
  if (Array.isArray(y)) return [...(y as readonly DataColumn[])];
  return Object.keys(y).map((name) => ({ name, values: (y as Readonly<Record<string, ArrayLike<number>>>)[name] }));
}

const numbers = (values: ArrayLike<number>): Float64Array => (values instanceof Float64Array ? values : Float64Array.from(values, Number));

/** What the data adds to a plot of `specs`; nothing when there is none. */
export function dataPlot(specs: readonly Spec[], look: DataLook): DataPlot {
  const data = look.data;
  if (data === undefined) return { fixed: [], sampleFunctions: true };
  const x = numbers(data.x);
  const columns = columnsOf(data.y);
  for (const c of columns) {
    const xs = c.x ?? x;
    if (c.values.length !== xs.length) throw new UsageError(`data column "${printable(c.name)}" has ${c.values.length} values for ${xs.length} x values`);
  }
  const xlabel = data.xName !== undefined && data.xName !== 'x' ? data.xName : undefined;
  if (columns.length === 0) {
    if (specs.length === 0) {
      throw new UsageError('one column of numbers is x values: name the functions to draw at them (seq -3 3 | act plot relu), or give x and y columns');
    }
    for (const [given, option] of [[look.from !== undefined || look.to !== undefined, '--from and --to'], [look.points !== undefined, '-n']] as const) {
      if (given) throw new UsageError(`${option} set a grid; the functions are drawn at the input's x values instead`);
    }
    const wanted = look.onlyDerivative ? [true] : look.derivative ? [false, true] : [false];
    const fixed = specs.flatMap((spec) =>
      wanted.map((derivative): Series => {
        const y = evaluateInto(spec.activation, spec.params, x, derivative, new Float64Array(x.length));
        return { label: derivative ? `${spec.label}'` : spec.label, spec, derivative, x, y, mark: 'both' };
      }),
    );
    return { fixed, sampleFunctions: false, xlabel };
  }
  const fixed = columns.map((c): Series => ({ label: c.name, derivative: false, x: c.x ? numbers(c.x) : x, y: numbers(c.values), mark: specs.length ? 'points' : 'line' }));
  if (specs.length === 0) return { fixed, sampleFunctions: false, xlabel };
  const extent = finiteExtent(fixed.map((s) => s.x));
  if (extent === undefined && (look.from === undefined || look.to === undefined)) throw new UsageError('the input has no finite x value to draw the functions over: give --from and --to');
  const [lo, hi] = extent ?? [look.from!, look.to!];
  // a single x value: the functions around it, as a range of one point cannot be drawn
  const [from, to] = [look.from ?? (lo === hi ? lo - 1 : lo), look.to ?? (lo === hi ? hi + 1 : hi)];
  if (!(from < to)) throw new UsageError(`--from ${from} must be less than --to ${to}`);
  return { fixed, sampleFunctions: true, range: [from, to], xlabel };
}

/** The data thinned for a picture `columns` pixels wide over from..to (see thin.ts). */
export function thinnedSeries(series: readonly Series[], columns: number): Series[] {
  const extent = finiteExtent(series.map((s) => s.x));
  if (!extent) return [...series];
  return series.map((s) => ({ ...s, ...thinned(s.x, s.y, extent[0], extent[1], columns) }));
}

/** A Vega-Lite spec keeps every point: refuses data past MAX_SAMPLES.json, as for functions. */
export function checkDataSamples(series: readonly Series[], functionSamples: number): void {
  const total = series.reduce((sum, s) => sum + s.x.length, 0) + functionSamples;
  if (total > MAX_SAMPLES.json) {
    throw new UsageError(`the input's ${total} points: a Vega-Lite spec keeps every one and takes at most ${MAX_SAMPLES.json} (draw an SVG, PNG or PDF, which thin the data)`);
  }
}
