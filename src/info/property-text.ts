/** The properties of a function in words, short (for tables) and long (for act info). */
import type { Properties } from '../core/define.js';

export function continuityText(k: number): string {
  return `C^${k === Infinity ? '∞' : k}`;
}

export function continuityExplained(k: number): string {
  if (k === Infinity) return 'smooth, every derivative is continuous';
  if (k === -1) return 'f jumps';
  if (k === 0) return "f is continuous, f' jumps";
  return `f${"'".repeat(k)} is continuous, f${"'".repeat(k + 1)} jumps`;
}

export function monotonicText(m: Properties['monotonic']): string {
  return m === 'increasing' ? 'yes' : m === 'decreasing' ? 'yes, decreasing' : 'no';
}

export function monotonicExplained(m: Properties['monotonic']): string {
  if (m === 'increasing') return "yes: f never decreases (f' ≥ 0)";
  if (m === 'decreasing') return "yes, decreasing: f never increases (f' ≤ 0)";
  return "no: f' takes both signs";
}

export function saturationText(s: Properties['saturates']): string {
  return s === 'both' ? 'both sides' : s === 'left' ? 'x → -∞' : s === 'right' ? 'x → +∞' : 'no';
}

export function saturationExplained(s: Properties['saturates']): string {
  if (s === 'none') return "no: f' stays away from 0 as x → ±∞";
  const where = s === 'both' ? 'x → ±∞' : s === 'left' ? 'x → -∞' : 'x → +∞';
  return `yes: f' → 0 as ${where}`;
}

export function boundedText(bounded: { readonly below: boolean; readonly above: boolean }): string {
  if (bounded.below && bounded.above) return 'below and above';
  return bounded.below ? 'below only' : bounded.above ? 'above only' : 'no';
}

export const yesNo = (b: boolean): string => (b ? 'yes' : 'no');
