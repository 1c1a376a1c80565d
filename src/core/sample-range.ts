/** The range of x to sample, from what the user gave and the defaults. */
import { UsageError } from './errors.js';

/** The sampling range, checked: both finite (done by the parsers) and from < to. */
export function checkedRange(from: number | undefined, to: number | undefined, defaults: readonly [number, number]): [number, number] {
  const a = from ?? (to !== undefined && to <= defaults[0] ? to - (defaults[1] - defaults[0]) : defaults[0]);
  const b = to ?? (from !== undefined && from >= defaults[1] ? from + (defaults[1] - defaults[0]) : defaults[1]);
  if (!(a < b)) throw new UsageError(`--from must be less than --to, got --from ${a} --to ${b}`);
  return [a, b];
}
