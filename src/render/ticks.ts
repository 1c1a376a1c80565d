/**
 * Axis ticks for every output (terminal chart and image): which values get a label, and the
 * labels' text. One step per axis from 1, 2 and 5 × 10^k; every label in one notation; where the
 * labels would be long, an offset or multiplier shown once beside the axis (matplotlib's offset
 * text: `+1e15`, `×1e-10`). Pure: the renderers place the ticks.
 */
import { stepDigits } from './ascii/numbers.js';
import { roundStep, TICK_MANTISSAS } from './round-step.js';

export interface AxisTicks {
  /** The ticks' values, ascending (on a log axis, the values themselves, not their logarithms). */
  readonly values: readonly number[];
  readonly labels: readonly string[];
  /** Shown once beside the axis: a multiplier (`×1e-10`), an offset added to each label (`+1e15`), both, or ''. */
  readonly note: string;
  /** The step between ticks: a value on a linear axis, decades on a log axis (0 when there is no even step). */
  readonly step: number;
}

/** A tick label longer than this calls for an offset or a multiplier. */
export const LONG_LABEL = 8;

/** The next coarser step of the sequence 1, 2, 5, 10, 20, ... */
export function coarserStep(step: number): number {
  return roundStep(step * 1.01);
}

/** Whether v is a whole multiple of step, allowing for the rounding of v / step itself. */
export function isMultiple(v: number, step: number): boolean {
  const r = v / step;
  return Math.abs(r - Math.round(r)) < 1e-9 + Math.abs(r) * 1e-15;
}

/** At most this many ticks per axis (a 10,000-row chart has fewer labels). */
const MAX_TICKS = 5000;

/** The multiples of step within [lo, hi], counted with a small integer (far from 0, v + step may round back to v). */
export function multiplesOf(step: number, lo: number, hi: number): number[] {
  const first = Math.ceil(lo / step - 1e-9);
  const out: number[] = [];
  for (let k = 0; k < MAX_TICKS; k++) {
    const v = (first + k) * step;
    if (!Number.isFinite(v) || v - hi > Math.abs(step) * 1e-9) break;
    if (out.length && v <= out[out.length - 1]) continue; // too far from 0 for the step to show
    out.push(v === 0 ? 0 : v); // no -0
  }
  return out;
}

/** Values from 1e6 up, and all below 1e-4, take exponents (as matplotlib's do). */
function wantsExponent(values: readonly number[]): boolean {
  const m = Math.max(0, ...values.map(Math.abs));
  return m >= 1e6 || (m > 0 && m < 1e-4);
}

function stripZeros(text: string): string {
  return text.replace(/(\.\d*?)0+(?=$|e)/, '$1').replace(/\.(?=$|e)/, '');
}

/** A multiple of step in the axis's notation: as short as it can be while telling neighbours apart. */
function formatIn(v: number, step: number, exponent: boolean): string {
  if (v === 0 || Math.abs(v) < step * 1e-9) return '0';
  const { exponent: e, extra } = stepDigits(step);
  if (exponent) {
    const magnitude = Number(v.toExponential(15).split('e')[1]);
    const digits = Math.min(20, Math.max(0, magnitude - e + extra));
    return stripZeros(v.toExponential(digits)).replace('e+', 'e');
  }
  return stripZeros(v.toFixed(Math.min(20, Math.max(0, -e + extra))));
}

const widest = (labels: readonly string[]): number => Math.max(0, ...labels.map((l) => l.length));

/** Labels for ticks a step apart: one notation; an offset or a multiplier where they would be long. */
export function stepLabels(values: readonly number[], step: number, maxWidth = LONG_LABEL): { labels: string[]; note: string } {
  const exponent = wantsExponent(values);
  const plain = values.map((v) => formatIn(v, step, exponent));
  if (widest(plain) <= maxWidth || values.length === 0) return { labels: plain, note: '' };
  // The first that fits, else the narrowest.
  let best = { labels: plain, note: '' };
  const better = (c: { labels: string[]; note: string }) => {
    if (widest(c.labels) < widest(best.labels)) best = c;
  };
  if (exponent) {
    // A multiplier: the labels in units of 10^E, E the largest tick's exponent.
    const e = Number(Math.max(...values.map(Math.abs)).toExponential(15).split('e')[1]);
    const unit = Number(`1e${e}`);
    const scaled = { labels: values.map((v) => formatIn(v / unit, step / unit, false)), note: `×1e${e}` };
    if (widest(scaled.labels) <= maxWidth) return scaled;
    better(scaled);
  }
  // An offset: a round value near the ticks, subtracted from each (exact: the ticks and it are close).
  const lo = values[0];
  const hi = values[values.length - 1];
  const span = Math.max(hi - lo, step);
  const power = Math.floor(Math.log10(span)) + 1;
  const offset = Number(`${Math.floor(lo / Number(`1e${power}`) + 1e-9)}e${power}`); // exact in decimal
  if (offset !== 0 && Number.isFinite(offset)) {
    const relative = values.map((v) => Math.round((v - offset) / step) * step);
    const inner = stepLabels(relative, step, maxWidth);
    const sign = offset < 0 ? '-' : '+';
    const note = [inner.note, `${sign}${shortValue(Math.abs(offset))}`].filter(Boolean).join(' ');
    better({ labels: inner.labels, note });
  }
  // Last, exponents for values shown plainly: 0.0001135 in steps of 5e-7 takes 9 characters,
  // 1.135e-4 takes 8 (plain values from 1e-4 up with a fine step, as an offset can leave them)
  if (!exponent && widest(best.labels) > maxWidth) {
    const exponents = { labels: values.map((v) => formatIn(v, step, true)), note: '' };
    if (widest(exponents.labels) <= maxWidth) return exponents;
  }
  return best;
}

/** A round value such as an offset, shortly: 1e15, 0.001, 250. */
function shortValue(v: number): string {
  const text = wantsExponent([v]) ? v.toExponential() : String(v);
  return text.replace('e+', 'e');
}

/**
 * Ticks of a linear axis over [lo, hi]: the multiples of the smallest round step at least
 * `minStep` (the least distance between two labels, in the axis' units).
 */
export function linearTicks(lo: number, hi: number, minStep: number, maxWidth = LONG_LABEL): AxisTicks {
  const step = roundStep(minStep);
  const values = multiplesOf(step, lo, hi);
  return { values, ...stepLabels(values, step, maxWidth), step };
}

/** 10^k, 2·10^k, 5·10^k as the decimal literal reads: exact to the last digit. */
const decimal = (m: number, k: number): number => Number(`${m}e${k}`);

/** A tick of a log axis: 0.001, 200, or 2e-8 when the axis uses exponents. */
function logLabel(m: number, k: number, exponent: boolean): string {
  return exponent ? `${m}e${k}` : String(decimal(m, k));
}

/**
 * Ticks of a log axis over [lo, hi] (positive values): decades, every `stride` decades when they
 * are crowded, and 2·10^k and 5·10^k too where there is room. `minGap` is the least distance
 * between two labels, in decades. Less than two decades apart, the ticks are those of a linear axis.
 */
export function logTicks(lo: number, hi: number, minGap: number, maxWidth = LONG_LABEL): AxisTicks {
  // within the positive doubles (10 ** -330 is 0, whose log10 would be -Infinity)
  [lo, hi] = [Math.max(lo, Number.MIN_VALUE), Math.min(hi, Number.MAX_VALUE)];
  if (!(lo < hi)) return { values: [], labels: [], note: '', step: 0 };
  const k0 = Math.ceil(Math.log10(lo) - 1e-9);
  const k1 = Math.floor(Math.log10(hi) + 1e-9);
  const inRange = (v: number) => v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12);
  const decades = k1 - k0 + 1;
  let ticks: { m: number; k: number }[] = [];
  let step = 0;
  if (decades >= 2 || (decades === 1 && minGap <= Math.log10(2))) {
    step = Math.max(1, roundStep(minGap));
    const strided = (by: number) => {
      const out: { m: number; k: number }[] = [];
      for (let k = Math.ceil(k0 / by) * by; k <= k1 && out.length < MAX_TICKS; k += by) out.push({ m: 1, k });
      return out;
    };
    ticks = strided(step);
    // a stride that labels one decade alone (every 5th of 6 decades: 1 and nothing else, which then
    // fell to a linear axis's labels, 5 alone on 1e-4 to 10) gives way to finer ones: two at least
    while (ticks.length < 2 && step > 1) {
      step = Math.round(step / 10 ** Math.floor(Math.log10(step)) === 5 ? step * 0.4 : step / 2);
      ticks = strided(step);
    }
    // 2 and 5 between the decades: the closest pair (5 to 10) is log10(2) apart
    if (step === 1 && minGap <= Math.log10(2)) {
      ticks = [];
      for (let k = k0 - 1; k <= k1; k++) for (const m of TICK_MANTISSAS) if (inRange(decimal(m, k))) ticks.push({ m, k });
      step = 0;
    }
  }
  if (ticks.length < 2) {
    const linear = linearTicks(lo, hi, (hi - lo) / 4, maxWidth);
    const positive = linear.values.map((v, i) => ({ v, label: linear.labels[i] })).filter((t) => t.v > 0);
    return { values: positive.map((t) => t.v), labels: positive.map((t) => t.label), note: linear.note, step: 0 };
  }
  const exponent = ticks.some(({ k }) => k >= 6 || k < -4);
  return { values: ticks.map(({ m, k }) => decimal(m, k)), labels: ticks.map(({ m, k }) => logLabel(m, k, exponent)), note: '', step };
}
