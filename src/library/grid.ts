/** linspace() for the library: its arguments checked (a negative or huge n is a RangeError deep in a typed array). */
import { linspace as plainLinspace } from '../core/grid.js';
import { UsageError } from '../core/errors.js';
import { checkWholeNumber, shown } from './check.js';

/** The most points one grid may have: act eval's -n limit. */
const MAX_POINTS = 1e8;

/** n evenly spaced points from `from` to `to`, both included (numpy's linspace). */
export function linspace(from: number, to: number, n: number): Float64Array {
  for (const [name, v] of [['from', from], ['to', to]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new UsageError(`linspace: ${name} must be a finite number, got ${shown(v)}`);
  }
  checkWholeNumber('linspace: n', n, 0, MAX_POINTS);
  return plainLinspace(from, to, n);
}
