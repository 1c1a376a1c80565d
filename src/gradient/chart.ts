/** The experiment as a chart: the gradient norm against the layer, on a log axis, one series per activation. */
import type { ChartSeries } from '../render/ascii/index.js';
import type { ExperimentResult } from './table.js';

/** ‖∂L/∂z‖ per layer; a zero norm (a dead network) leaves a gap on the log axis, and the legend says so. */
export function gradientSeries(results: readonly ExperimentResult[]): ChartSeries[] {
  return results.map((r) => ({
    label: r.label,
    x: Float64Array.from(r.layers, (s) => s.layer),
    y: Float64Array.from(r.layers, (s) => s.gradNorm),
  }));
}

export interface ExperimentSetting {
  readonly depth: number;
  readonly width: number;
  readonly batch: number;
  readonly init: string;
  readonly seed: number;
  /** The type the network computes in, when not float64 (--dtype). */
  readonly dtype?: string;
}

const inType = (s: ExperimentSetting): string => (s.dtype ? `, in ${s.dtype}` : '');

export function gradientTitle(s: ExperimentSetting): string {
  return `gradient norm by layer: depth ${s.depth}, width ${s.width}, batch ${s.batch}, ${s.init}, seed ${s.seed}${inType(s)}`;
}

/** The image's title: shorter, with the network's shape under the x axis. */
export function gradientImageTitle(s: ExperimentSetting): string {
  return `Gradient norm by layer (${s.init} initialisation, seed ${s.seed}${inType(s)})`;
}
