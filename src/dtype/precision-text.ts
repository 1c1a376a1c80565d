/** act info --dtype's facts as labelled rows (text and Markdown share them). */
import { numberText } from '../info/range-text.js';
import type { FactRow } from '../info/fact-rows.js';
import type { InfoSection } from '../info/info-text.js';
import type { PrecisionFacts, WorstError } from './precision-facts.js';
import { SCAN } from './precision-facts.js';

const percent = (share: number): string => {
  const v = share * 100;
  return `${v === 0 ? '0' : v < 1e-3 ? v.toExponential(2) : String(Number(v.toPrecision(3)))}%`;
};

function sides(left: number | null, right: number | null, what: string): string {
  const parts = [left !== null ? `x ≤ ${numberText(left)}` : '', right !== null ? `x ≥ ${numberText(right)}` : ''].filter(Boolean);
  return parts.length ? `${what} for ${parts.join(' and ')}` : `${what} nowhere within ±${SCAN.reach}`;
}

function errorText(e: WorstError, range: readonly [number, number]): string {
  if (e.rel === 0) return `none: exact at every point of [${numberText(range[0])}, ${numberText(range[1])}]`;
  const rel = e.rel === Infinity ? 'infinite (a zero or infinity where the exact value is not)' : percent(e.rel);
  return `at most ${rel} relative on [${numberText(range[0])}, ${numberText(range[1])}], at x = ${numberText(e.x)}; above 1% at ${percent(e.over1pct)} of the points`;
}

const precisionHeading = (p: PrecisionFacts): string => `In ${p.dtype}, as PyTorch computes it: ${p.torch}`;

/** act info's section for the type: a heading and the rows. */
export const precisionSection = (p: PrecisionFacts): InfoSection => ({ heading: precisionHeading(p), rows: precisionRows(p) });

export function precisionRows(p: PrecisionFacts): FactRow[] {
  const limit = (side: PrecisionFacts['limit']['left'], at: 'left' | 'right'): string | null =>
    side && side.from !== null ? `f = ${numberText(side.value)} for x ${at === 'left' ? '≤' : '≥'} ${numberText(side.from)}` : null;
  const limits = [limit(p.limit.left, 'left'), limit(p.limit.right, 'right')].filter((t): t is string => t !== null);
  return [
    { label: 'zero gradient', value: `${sides(p.derivativeZero.left, p.derivativeZero.right, "f' is exactly 0")} (on a grid of step 1/64 to ±${SCAN.reach})` },
    { label: 'saturated', value: limits.length ? `f is exactly its limit: ${limits.join('; ')}` : `f reaches no finite limit exactly within ±${SCAN.reach}` },
    { label: 'error of f', value: errorText(p.f, p.range) },
    { label: "error of f'", value: errorText(p.df, p.range) },
    ...(p.note ? [{ label: 'PyTorch', value: p.note }] : []),
  ];
}
