/** Series colours: matplotlib's default cycle, or the user's --colors, checked as CSS colours. */
import { color } from 'd3-color';
import { interpolateViridis } from 'd3-scale-chromatic';
import { UsageError } from '../core/errors.js';
import type { Series } from '../core/series.js';
import type { Spec } from '../core/spec.js';
import type { VariedSpec } from '../spec/vary.js';

/** matplotlib's "tab10" property cycle (C0 to C9), the colours of the seed's figures. */
export const TAB10 = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'] as const;

/** Whether a string is a CSS colour that every renderer reads: a name, #rgb, #rrggbb, rgb(), hsl(). */
export function isCssColor(text: string): boolean {
  return color(text) !== null;
}

/**
 * One colour per function: the given ones in order, then the default cycle. Refuses an unknown
 * colour, and more colours than functions (a sign that the list and the functions do not match).
 */
export function functionColors(count: number, given: readonly string[] = []): string[] {
  const bad = given.find((c) => !isCssColor(c));
  if (bad !== undefined) throw new UsageError(`--colors: "${bad}" is not a colour (use a CSS name such as red, or #rrggbb)`);
  if (given.length > count) {
    throw new UsageError(`--colors gives ${given.length} colours for ${count} function${count === 1 ? '' : 's'}`);
  }
  return Array.from({ length: count }, (_, i) => given[i] ?? TAB10[i % TAB10.length]);
}

/**
 * The colour of each series: its function's, so that f and f' share one (f' is drawn dashed); a
 * column of data (no spec) takes the next colour after the functions'.
 */
export function seriesColors(series: readonly Series[], specs: readonly Spec[], given: readonly string[] = []): string[] {
  const data = series.filter((s) => s.spec === undefined);
  const colors = functionColors(specs.length + data.length, given);
  if (given.length === 0) sweepColors(specs).forEach((c, i) => c !== undefined && (colors[i] = c));
  return series.map((s) => colors[s.spec === undefined ? specs.length + data.indexOf(s) : specs.indexOf(s.spec)]);
}

/** A family longer than the colour cycle would repeat its colours: it takes this many or fewer from tab10. */
const CYCLE_LENGTH = TAB10.length;

/**
 * A --vary family of more members than the cycle has colours takes viridis instead, dark to light
 * in the order of its values, as matplotlib users colour a parameter sweep (the palest yellow is
 * left out: it hardly shows on white). Undefined for the specs that keep their cycle colour.
 */
export function sweepColors(specs: readonly Spec[]): (string | undefined)[] {
  const members = new Map<string, number[]>();
  specs.forEach((s, i) => {
    const family = (s as VariedSpec).vary?.family;
    if (family !== undefined) members.set(family, [...(members.get(family) ?? []), i]);
  });
  const out: (string | undefined)[] = specs.map(() => undefined);
  for (const indices of members.values()) {
    if (indices.length <= CYCLE_LENGTH) continue;
    indices.forEach((specIndex, k) => (out[specIndex] = color(interpolateViridis((0.9 * k) / (indices.length - 1)))!.formatHex()));
  }
  return out;
}
