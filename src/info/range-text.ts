/** Numbers and sets of numbers as people read them: 0.25, -∞, (0, 0.25], {0, 1}, [0, 1) ∪ {2}. */
import type { Interval, ValueSet } from '../core/range.js';

/**
 * Up to 6 significant digits, ∞ for infinities: 1/6 is 0.166667, -0 is 0. From 10^6 on, in
 * exponent form as small numbers are (1e20, not 100000000000000000000; 1e21, not 1e+21).
 */
export function numberText(v: number): string {
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '-∞';
  if (v === 0) return '0';
  const rounded = Number(v.toPrecision(6));
  return Math.abs(rounded) >= 1e6 ? rounded.toExponential().replace('e+', 'e') : String(rounded);
}

function intervalText(p: Interval): string {
  return `${p.loClosed ? '[' : '('}${numberText(p.lo)}, ${numberText(p.hi)}${p.hiClosed ? ']' : ')'}`;
}

/**
 * The set in interval notation. Single values are gathered into one {a, b} where they are next
 * to each other, so that {0, 1} is not written {0} ∪ {1}.
 */
export function rangeText(set: ValueSet): string {
  if (set.pieces.length === 0) return '∅';
  const parts: string[] = [];
  let points: number[] = [];
  const flush = (): void => {
    if (points.length) parts.push(`{${points.map(numberText).join(', ')}}`);
    points = [];
  };
  for (const p of set.pieces) {
    if (p.lo === p.hi) points.push(p.lo);
    else {
      flush();
      parts.push(intervalText(p));
    }
  }
  flush();
  return parts.join(' ∪ ');
}
