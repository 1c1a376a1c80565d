/** The dtype option as a library caller gives it: from JavaScript it may be anything, so it is checked here, at the edge. */
import { UsageError } from '../core/errors.js';
import { DTYPES, type DType } from '../dtype/types.js';

/** A UsageError unless dtype is one of `allowed` (default: every type), not a TypeError deep in the dtype engine. */
export function checkDtype(dtype: DType, allowed: readonly DType[] = DTYPES): void {
  if (!allowed.includes(dtype)) throw new UsageError(`dtype must be one of ${allowed.join(', ')}, got "${String(dtype)}"`);
}
