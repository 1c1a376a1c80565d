/** Reading the high-precision reference fixtures and comparing against them, stdlib-style. */
import { readFileSync } from 'node:fs';

export interface ReferenceRow {
  readonly fn: string;
  /** Parameter overrides, from `k=v;k=v` (empty for the defaults). */
  readonly params: Record<string, number>;
  readonly paramsText: string;
  readonly x: number;
  readonly y: number;
  /** undefined at a kink, where the derivative does not exist. */
  readonly dy: number | undefined;
}

const num = (s: string): number => (s === 'Infinity' ? Infinity : s === '-Infinity' ? -Infinity : s === 'NaN' ? NaN : Number(s));

export function readReference(file: string): ReferenceRow[] {
  const lines = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [fn, paramsText, x, y, dy] = line.split(',');
    const params: Record<string, number> = {};
    for (const kv of paramsText ? paramsText.split(';') : []) {
      const [k, v] = kv.split('=');
      params[k] = Number(v);
    }
    return { fn, params, paramsText, x: num(x), y: num(y), dy: dy === '' ? undefined : num(dy) };
  });
}

/** Groups rows by function and parameter set, in file order. */
export function groupReference(rows: readonly ReferenceRow[]): Map<string, ReferenceRow[]> {
  const groups = new Map<string, ReferenceRow[]>();
  for (const r of rows) {
    const key = r.paramsText ? `${r.fn}(${r.paramsText.replace(/;/g, ',')})` : r.fn;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return groups;
}

export const TOLERANCE = 1e-13;
export const ABSOLUTE_FLOOR = 1e-300;

/** Relative error with an absolute floor; 0 when both are the same (NaN and ±Infinity included). */
export function relativeError(got: number, want: number): number {
  if (Object.is(got, want) || got === want || (Number.isNaN(got) && Number.isNaN(want))) return 0;
  if (!Number.isFinite(got) || !Number.isFinite(want)) return Infinity;
  return Math.abs(got - want) / Math.max(Math.abs(want), ABSOLUTE_FLOOR);
}

/** "exact, else within tolerance": a line per miss naming x, got, want and the error. */
export function misses(label: string, points: readonly { x: number; got: number; want: number }[], tolerance = TOLERANCE): string[] {
  return points
    .map(({ x, got, want }) => ({ x, got, want, err: relativeError(got, want) }))
    .filter(({ err }) => !(err <= tolerance))
    .map(({ x, got, want, err }) => `${label} at x=${x}: got ${got}, want ${want}, relative error ${err.toExponential(2)}`);
}
