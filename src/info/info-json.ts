/**
 * `act info --format json` and `act table --format json`: the description as JSON. Numbers that
 * JSON cannot hold are written as act writes them in CSV: "Infinity", "-Infinity", "NaN".
 */
import type { Interval, ValueSet } from '../core/range.js';
import type { Description } from './describe.js';
import { continuityText, monotonicText, saturationText } from './property-text.js';
import { rangeText } from './range-text.js';

const finiteOrText = (_key: string, v: unknown): unknown => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v);

/** A set of values, in words and as its pieces. */
export interface SetFacts {
  readonly text: string;
  readonly note?: string;
  readonly pieces: readonly Interval[];
}

/** What `act info --format json` prints (with ±Infinity and NaN as numbers, before JSON writes them as text). */
export interface InfoFacts extends Omit<Description, 'range' | 'derivativeRange'> {
  readonly range: SetFacts;
  readonly derivativeRange: SetFacts;
  readonly propertiesText: { readonly monotonic: string; readonly continuity: string; readonly saturates: string };
}

function setJson(set: ValueSet): SetFacts {
  return { text: rangeText(set), ...(set.note ? { note: set.note } : {}), pieces: set.pieces };
}

/** The description as a plain object, ready for JSON.stringify with `jsonText`. */
export function descriptionJson(d: Description): InfoFacts {
  return {
    ...d,
    range: setJson(d.range),
    derivativeRange: setJson(d.derivativeRange),
    propertiesText: {
      monotonic: monotonicText(d.properties.monotonic),
      continuity: continuityText(d.properties.continuity),
      saturates: saturationText(d.properties.saturates),
    },
  };
}

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, finiteOrText, 2)}\n`;
}
