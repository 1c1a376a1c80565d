/** A number as act reads it from input: the one parser for x values, data cells and header detection. */
import { parseNumber } from '../core/spec.js';

// a Map, not an object: input text such as "constructor" must not find Object.prototype's members
const SPECIAL: ReadonlyMap<string, number> = new Map([
  ['inf', Infinity], ['+inf', Infinity], ['-inf', -Infinity],
  ['infinity', Infinity], ['+infinity', Infinity], ['-infinity', -Infinity],
  ['nan', NaN], ['+nan', NaN], ['-nan', NaN],
]);

/** A number as act reads input: decimal, or inf/infinity/nan in any case, with an optional sign. */
export function parseValue(text: string): number | undefined {
  const t = text.trim();
  return parseNumber(t) ?? SPECIAL.get(t.toLowerCase());
}
