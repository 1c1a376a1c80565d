/**
 * act eval --dtype T --error K: after each value column (f, and f' under -d), the column of its
 * error against the exact value at the same x (so the input's rounding to the type counts).
 */
import { evaluateInto } from '../core/evaluate.js';
import type { Spec } from '../core/spec.js';
import type { CsvTable } from '../io/csv-stream.js';
import { errorLabel, errorOf, type ErrorKind } from './error.js';
import type { DType } from './types.js';

export interface DtypeTableInput {
  readonly labels: readonly string[];
  /** The specs in the type, and the same specs exact, in the same order. */
  readonly specs: readonly Spec[];
  readonly exact: readonly Spec[];
  readonly derivative: boolean;
  readonly dtype: DType;
  readonly error: ErrorKind;
  readonly precision?: number;
}

export function dtypeTable(t: DtypeTableInput): CsvTable {
  const parts: { label: string; derivative: boolean }[] = [];
  for (const label of t.labels) {
    parts.push({ label, derivative: false });
    if (t.derivative) parts.push({ label: `${label}'`, derivative: true });
  }
  const labels = parts.flatMap((p) => [p.label, errorLabel(t.error, p.label)]);
  let exact = new Float64Array(0);
  const fill = (xs: Float64Array, columns: readonly Float64Array[]): void => {
    if (exact.length < xs.length) exact = new Float64Array(xs.length);
    const want = exact.subarray(0, xs.length);
    let j = 0;
    for (let s = 0; s < t.specs.length; s++) {
      for (const derivative of t.derivative ? [false, true] : [false]) {
        const got = evaluateInto(t.specs[s].activation, t.specs[s].params, xs, derivative, columns[j]);
        evaluateInto(t.exact[s].activation, t.exact[s].params, xs, derivative, want);
        const err = columns[j + 1];
        for (let i = 0; i < xs.length; i++) err[i] = errorOf(t.error, t.dtype, got[i], want[i]);
        j += 2;
      }
    }
  };
  return { labels, derivative: false, fill, precision: t.precision };
}
