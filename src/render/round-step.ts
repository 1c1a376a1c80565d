/**
 * Round steps, m × 10^k: the one definition behind the axes' tick steps (m from 1, 2, 5) and the
 * resolution a value is rounded to in a label (m from 1, 2, 2.5, 5). Each candidate is made from
 * its decimal text, so a step is the double nearest m × 10^k (10 ** k times m is not, for one k in
 * four, and under the normal doubles it loses digits).
 */

/** Tick steps: 1, 2, 5, 10, 20, ... */
export const TICK_MANTISSAS: readonly number[] = [1, 2, 5];
/** Rounding a value shown: 2.5 too, for a resolution between 2 and 5. */
export const VALUE_MANTISSAS: readonly number[] = [1, 2, 2.5, 5];

/** The smallest step m × 10^k (m from `mantissas`, ascending, in [1, 10)) that is at least `raw`. */
export function roundStep(raw: number, mantissas: readonly number[] = TICK_MANTISSAS): number {
  if (!(raw > 0)) return 1;
  if (!Number.isFinite(raw)) return Number.MAX_VALUE;
  const k = Math.floor(Math.log10(raw));
  // log10 may be off by one next to a power of ten: the powers either side are tried too
  for (const power of [k - 1, k, k + 1]) {
    for (const m of mantissas) {
      const step = Number(`${m}e${power}`);
      if (step >= raw * (1 - 1e-12)) return Math.min(step, Number.MAX_VALUE);
    }
  }
  return Number.MAX_VALUE;
}
