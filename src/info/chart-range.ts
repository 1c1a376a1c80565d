/** The x range of the chart in `act info`: the declaration's usual range, widened to show every kink. */
import type { Description } from './describe.js';

export function chartRange(d: Description): [number, number] {
  let [from, to] = d.defaultRange;
  for (const k of d.kinks) {
    from = Math.min(from, k - 1);
    to = Math.max(to, k + 1);
  }
  return [from, to];
}
