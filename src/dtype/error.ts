/** How far a low-precision value is from the exact one: relative, or in ulps of the type. */
import { ulp } from './rounding.js';
import type { DType, ErrorKind } from './types.js';

export type { ErrorKind } from './types.js';

/**
 * |got - exact| relative to |exact|, or in units in the last place of the type at exact. Equal
 * values (the same infinity, NaN and NaN) are 0 apart; a finite value against an infinite or NaN
 * one, or a non-zero value against an exact 0 (relatively), is Infinity apart.
 */
export function errorOf(kind: ErrorKind, dtype: DType, got: number, exact: number): number {
  if (got === exact || (got !== got && exact !== exact)) return 0;
  if (!Number.isFinite(got) || !Number.isFinite(exact)) return Infinity;
  const d = Math.abs(got - exact);
  return kind === 'rel' ? (exact === 0 ? Infinity : d / Math.abs(exact)) : d / ulp(dtype, exact);
}

/** The CSV label of a value column's error column: err_ulp(sigmoid'). */
export const errorLabel = (kind: ErrorKind, label: string): string => `err_${kind}(${label})`;
