/** linspace() for the library: its arguments checked (a negative or huge n is a RangeError deep in a typed array). */
import { linspace as plainLinspace } from '../core/grid.js';
import { checkSampleRange, checkWholeNumber, MAX_GRID_POINTS } from './check.js';

/** n evenly spaced points from `from` to `to`, both included (numpy's linspace). */
export function linspace(from: number, to: number, n: number): Float64Array {
  checkSampleRange('linspace', from, to, { ordered: false }); // numpy's linspace runs either way
  checkWholeNumber('linspace: n', n, 0, MAX_GRID_POINTS);
  return plainLinspace(from, to, n);
}
