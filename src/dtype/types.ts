/**
 * The number types act can compute in: float64 is exact mode (act's own stable formulas, within
 * 1e-13), the others compute each function as PyTorch does in that type (src/dtype/torch.ts).
 */
// frozen: the library exports it, and a caller's DTYPES.push('float8') would pass checkDtype
export const DTYPES = Object.freeze(['float64', 'float32', 'bfloat16', 'float16'] as const);
export type DType = (typeof DTYPES)[number];

/** The low-precision types, where act runs PyTorch's formulas. */
export type LowDType = Exclude<DType, 'float64'>;

/** act eval --error: relative, or in units in the last place of the type. */
export const ERROR_KINDS = ['rel', 'ulp'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** Significand bits (with the implicit one) and the smallest normal exponent of each type. */
export const FORMAT: Readonly<Record<DType, { readonly precision: number; readonly minExponent: number; readonly max: number }>> = {
  float64: { precision: 53, minExponent: -1022, max: Number.MAX_VALUE },
  float32: { precision: 24, minExponent: -126, max: 3.4028234663852886e38 },
  bfloat16: { precision: 8, minExponent: -126, max: 3.3895313892515355e38 },
  float16: { precision: 11, minExponent: -14, max: 65504 },
};
