/** Errors in ulps, against test/fixtures/ulp.csv: exact values (mpmath) as double-doubles hi + lo. */
import { readFileSync } from 'node:fs';

export interface ExactValue {
  readonly x: number;
  readonly hi: number;
  readonly lo: number;
}

/** The fixture's rows for one function (exp, tanh). */
export function readExactValues(name: string): ExactValue[] {
  return readFileSync(new URL('../fixtures/ulp.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter(([fn]) => fn === name)
    .map(([, x, hi, lo]) => ({ x: Number(x), hi: Number(hi), lo: Number(lo) }));
}

const bits = new Float64Array(1);
const ints = new BigInt64Array(bits.buffer);

/** The gap from |v| to the next double up: an ulp of v (5e-324 at 0 and among subnormals). */
export function ulp(v: number): number {
  bits[0] = Math.abs(v);
  ints[0] += 1n;
  return bits[0] - Math.abs(v);
}

/** How many doubles apart a and b are (both finite, same sign). */
export function stepsApart(a: number, b: number): number {
  bits[0] = a;
  const ia = ints[0];
  bits[0] = b;
  const d = ints[0] - ia;
  return Number(d < 0n ? -d : d);
}

/** |got - (hi + lo)| in ulps of hi: got - hi is exact, as the two are a few ulps apart at most. */
export const ulpError = (got: number, want: ExactValue): number => Math.abs(got - want.hi - want.lo) / ulp(want.hi);

/** "exact, else within tolerance": a line per miss naming x, got, want and the error in ulps. */
export function ulpMisses(label: string, f: (x: number) => number, rows: readonly ExactValue[], tolerance: number): string[] {
  return rows
    .map((r) => ({ r, got: f(r.x) }))
    .filter(({ got, r }) => got !== r.hi && !(ulpError(got, r) <= tolerance))
    .map(({ r, got }) => `${label}(${r.x}): got ${got}, want ${r.hi} (+ ${r.lo}), error ${ulpError(got, r).toFixed(3)} ulp`);
}
