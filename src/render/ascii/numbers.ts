/** Short number labels for chart axes. */
import { roundStep, VALUE_MANTISSAS } from '../round-step.js';

/** A round step as its power of ten and the digits its mantissa needs after the point (2.5: 1, 1.25: 2). */
export function stepDigits(step: number): { exponent: number; extra: number } {
  const exponent = Math.floor(Math.log10(step) + 1e-9);
  const mantissa = step / 10 ** exponent;
  let extra = 0;
  while (extra < 3 && Math.abs(mantissa * 10 ** extra - Math.round(mantissa * 10 ** extra)) > 1e-9 * 10 ** extra) extra++;
  return { exponent, extra };
}

function stripZeros(text: string): string {
  return text.replace(/(\.\d*?)0+(?=$|e)/, '$1').replace(/\.(?=$|e)/, '');
}

/** Exponent form without "+": 2.5e-7, 1e300. */
function exponential(v: number, fractionDigits: number): string {
  return stripZeros(v.toExponential(Math.min(20, Math.max(0, fractionDigits)))).replace('e+', 'e');
}

const useExponent = (magnitude: number): boolean => magnitude >= 1e6 || magnitude < 1e-4;

/** A multiple of a round step, as short as it can be while telling neighbouring ticks apart. */
export function formatTick(v: number, step: number): string {
  if (v === 0 || Math.abs(v) < step * 1e-9) return '0';
  const magnitude = Math.abs(v);
  const { exponent, extra } = stepDigits(step);
  if (useExponent(magnitude)) return exponential(v, Math.floor(Math.log10(magnitude) + 1e-12) - exponent + extra);
  return stripZeros(v.toFixed(Math.min(20, Math.max(0, -exponent) + extra)));
}

/**
 * A value as given (a range end, a guide line): its shortest exact form when that is short (in
 * exponent form where ticks would use it: 1e6, not 1000000); else rounded to `resolution` (the
 * axis's span / 1000, say), or without one to 6 significant digits.
 */
export function formatValue(v: number, resolution?: number): string {
  if (v === 0) return '0';
  const exact = (useExponent(Math.abs(v)) ? v.toExponential() : String(v)).replace('e+', 'e');
  if (exact.length <= 9) return exact;
  if (resolution !== undefined && resolution > 0 && Number.isFinite(resolution)) return formatTick(v, roundStep(resolution, VALUE_MANTISSAS));
  return useExponent(Math.abs(v)) ? exponential(v, 5) : String(Number(v.toPrecision(6)));
}
