/**
 * Series: the evaluated data that every renderer draws. A renderer never evaluates functions; it
 * gets Series from here.
 */
import { evaluateInto } from './evaluate.js';
import { linspace } from './grid.js';
import type { Spec } from './spec.js';
import { distinctLabels } from './distinct-labels.js';

export interface Series {
  /** Legend and CSV label: the spec as written, with ' for a derivative (`gelu'`). */
  readonly label: string;
  /** The spec this series comes from. */
  readonly spec: Spec;
  readonly derivative: boolean;
  readonly x: Float64Array;
  readonly y: Float64Array;
}

export interface SampleOptions {
  readonly from: number;
  readonly to: number;
  /** Grid points before kinks are added. */
  readonly points: number;
  /** Add f' after each f. */
  readonly derivative?: boolean;
  /** Only f', not f. */
  readonly onlyDerivative?: boolean;
}

/**
 * The plotting grid of one function: n evenly spaced points plus every kink inside the range, so
 * that a corner (relu at 0) is drawn where it is. A vector function keeps the plain grid, since its
 * values depend on exactly which points are sampled.
 */
export function plotGrid(spec: Spec, from: number, to: number, n: number): Float64Array {
  const grid = linspace(from, to, n);
  if (spec.activation.kind === 'vector') return grid;
  const kinks = spec.activation.kinks(spec.params).filter((k) => k > from && k < to);
  if (kinks.length === 0) return grid;
  const merged = Float64Array.from([...grid, ...kinks]).sort();
  return merged.filter((v, i) => i === 0 || v !== merged[i - 1]);
}

/** Samples every spec (and derivative, as asked) over the range: one Series each, in order. */
export function sampleSeries(specs: readonly Spec[], options: SampleOptions): Series[] {
  const out: Series[] = [];
  const labels = distinctLabels(specs.map((s) => s.label));
  for (const [k, spec] of specs.entries()) {
    const x = plotGrid(spec, options.from, options.to, options.points);
    const wanted = options.onlyDerivative ? [true] : options.derivative ? [false, true] : [false];
    for (const derivative of wanted) {
      const y = evaluateInto(spec.activation, spec.params, x, derivative, new Float64Array(x.length));
      out.push({ label: derivative ? `${labels[k]}'` : labels[k], spec, derivative, x, y });
    }
  }
  return out;
}
