/** The experiment as a chart: log10 of the gradient norm against the layer, one series per activation. */
import type { ChartSeries } from '../render/ascii/index.js';
import type { ExperimentResult } from './table.js';

/** log10 ‖∂L/∂z‖ per layer; a zero norm (a dead network) leaves a gap (-Infinity). */
export function gradientSeries(results: readonly ExperimentResult[]): ChartSeries[] {
  return results.map((r) => ({
    label: r.label,
    x: Float64Array.from(r.layers, (s) => s.layer),
    y: Float64Array.from(r.layers, (s) => Math.log10(s.gradNorm)),
  }));
}

export interface ExperimentSetting {
  readonly depth: number;
  readonly width: number;
  readonly batch: number;
  readonly init: string;
  readonly seed: number;
}

export function gradientTitle(s: ExperimentSetting): string {
  return `log10 gradient norm by layer: depth ${s.depth}, width ${s.width}, batch ${s.batch}, ${s.init}, seed ${s.seed}`;
}
