/** The experiment's numbers as rows: one per activation and layer, for CSV and JSON. */
import { csvField } from '../io/csv.js';
import type { LayerStats } from './network.js';

export interface ExperimentResult {
  /** The spec as the user wrote it. */
  readonly label: string;
  readonly layers: readonly LayerStats[];
}

export const GRADIENT_COLUMNS = ['activation', 'layer', 'grad_norm', 'weight_grad_norm', 'mean', 'std', 'dead', 'saturated'] as const;

type Row = Record<(typeof GRADIENT_COLUMNS)[number], string | number>;

export function gradientRows(results: readonly ExperimentResult[]): Row[] {
  return results.flatMap((r) =>
    r.layers.map((s) => ({
      activation: r.label,
      layer: s.layer,
      grad_norm: s.gradNorm,
      weight_grad_norm: s.weightGradNorm,
      mean: s.mean,
      std: s.std,
      dead: s.dead,
      saturated: s.saturated,
    })),
  );
}

export function gradientCsv(results: readonly ExperimentResult[]): string {
  const lines = [GRADIENT_COLUMNS.join(',')];
  for (const row of gradientRows(results)) lines.push(GRADIENT_COLUMNS.map((c) => (typeof row[c] === 'string' ? csvField(row[c]) : String(row[c]))).join(','));
  return `${lines.join('\n')}\n`;
}

/** JSON numbers cannot be Infinity or NaN: those become strings, as in the CSV. */
export function gradientJson(results: readonly ExperimentResult[]): string {
  const rows = gradientRows(results).map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' && !Number.isFinite(v) ? String(v) : v])),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}
