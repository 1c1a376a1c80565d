/**
 * Rounding a double to each type, to nearest with ties to even, with the type's subnormals, its
 * overflow to ±Infinity, -0 kept and NaN kept NaN.
 *
 * Rounding to bfloat16 and float16 goes through float32 first, as PyTorch's conversions do: a
 * kernel computes in float32 and stores its result as bfloat16 (c10::BFloat16's
 * round_to_nearest_even of the float's bits), and a double becomes a bfloat16 or a half by way of
 * a float (c10's constructors take a float). That second rounding can differ from a direct one
 * only at a double within 2^-29 relative of a halfway point.
 */
import { f16round } from '@petamoriken/float16';
import { FORMAT, type DType } from './types.js';

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** A float32 value to bfloat16: RNE on its bits (the lower 16 bits dropped), NaN kept NaN. */
export function bfloat16FromFloat32(v: number): number {
  f32[0] = v;
  if (v !== v) return NaN;
  const bits = u32[0];
  // add 0x7fff plus the kept part's lowest bit: rounds to nearest, ties to the even one; a carry
  // into the exponent is right (up to the next binade, or to infinity past the largest)
  u32[0] = ((bits + 0x7fff + ((bits >>> 16) & 1)) & 0xffff0000) >>> 0;
  return f32[0];
}

export const toFloat32 = Math.fround;
export const toBfloat16 = (v: number): number => bfloat16FromFloat32(Math.fround(v));
export const toFloat16 = (v: number): number => f16round(Math.fround(v));
const toFloat64 = (v: number): number => v;

/** The rounding to a type. */
export const ROUND: Readonly<Record<DType, (v: number) => number>> = {
  float64: toFloat64,
  float32: toFloat32,
  bfloat16: toBfloat16,
  float16: toFloat16,
};

/**
 * The unit in the last place of the type at v (its magnitude): the spacing of the type's values
 * in v's binade, and the smallest subnormal's below the normal range. For ±Infinity and NaN, NaN.
 */
export function ulp(dtype: DType, v: number): number {
  const { precision, minExponent } = FORMAT[dtype];
  const a = Math.abs(v);
  if (!Number.isFinite(a)) return NaN;
  const exponent = a === 0 ? minExponent : Math.max(minExponent, Math.floor(Math.log2(a)));
  // log2 can be off by one next to a power of two: settle the binade exactly
  let e = exponent;
  if (a !== 0 && e > minExponent && 2 ** e > a) e--;
  else if (a !== 0 && 2 ** (e + 1) <= a) e++;
  return 2 ** (e - precision + 1);
}
