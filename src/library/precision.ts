/** precision(): the facts `act info NAME --dtype T` adds, for the library. */
import { precisionFacts, type PrecisionFacts } from '../dtype/precision-facts.js';
import { DTYPES, type LowDType } from '../dtype/types.js';
import { checkDtype } from './dtype.js';
import type { GivenParams } from '../core/checked.js';
import { toSpec } from './catalog.js';
import type { SpecInput } from './plot.js';

/**
 * What a low-precision type does to a function as PyTorch computes it: `precision('sigmoid',
 * 'bfloat16')` says where f' becomes exactly 0 (derivativeZero), where f is exactly its limit,
 * and the largest errors of f and f' over the default range.
 */
export function precision(spec: SpecInput, dtype: LowDType, params?: GivenParams): PrecisionFacts {
  checkDtype(dtype, DTYPES.filter((t) => t !== 'float64'));
  return precisionFacts(toSpec(spec, params), dtype);
}
