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

/**
 * The series joined by straight lines at n evenly spaced x, for a text chart, which draws each
 * column's sample rather than lines between the layers' few points.
 */
export function joined(series: readonly ChartSeries[], n: number): ChartSeries[] {
  return series.map((s) => {
    const x0 = s.x[0];
    const x1 = s.x[s.x.length - 1];
    const x = Float64Array.from({ length: n }, (_, i) => (n === 1 ? x0 : x0 + ((x1 - x0) * i) / (n - 1)));
    let j = 0; // the segment [x_j, x_j+1] holding v; x rises, so the search goes on from the last one
    const y = x.map((v) => {
      while (j + 2 < s.x.length && s.x[j + 1] < v) j++;
      const t = s.x[j + 1] === s.x[j] ? 0 : (v - s.x[j]) / (s.x[j + 1] - s.x[j]);
      return s.x.length === 1 ? s.y[0] : s.y[j] + t * (s.y[j + 1] - s.y[j]);
    });
    return { label: s.label, x, y };
  });
}
