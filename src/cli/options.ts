/** Parsers for option values, shared by the commands. Each names its option when it refuses. */
import { UsageError } from '../core/errors.js';
import { controlIn } from '../core/printable.js';
import { parseNumber } from '../core/spec.js';

export { checkedRange } from '../core/sample-range.js';

export function finiteNumber(option: string): (text: string) => number {
  return (text) => {
    const v = parseNumber(text);
    if (v === undefined || !Number.isFinite(v)) throw new UsageError(`${option} must be a finite number, got "${text}"`);
    return v;
  };
}

export function integerIn(option: string, min: number, max: number): (text: string) => number {
  return (text) => {
    const v = parseNumber(text);
    if (v === undefined || !Number.isInteger(v) || v < min || v > max) {
      throw new UsageError(`${option} must be a whole number from ${min} to ${max}, got "${text}"`);
    }
    return v;
  };
}

export function oneOf<T extends string>(option: string, choices: readonly T[]): (text: string) => T {
  return (text) => {
    if (!(choices as readonly string[]).includes(text)) throw new UsageError(`${option} must be one of ${choices.join(', ')}, got "${text}"`);
    return text as T;
  };
}

/** Text that is drawn (a title, an axis label): no control characters but tab. */
export function drawnText(option: string): (text: string) => string {
  return (text) => {
    const control = controlIn(text);
    if (control) throw new UsageError(`${option} must not hold control characters (found ${control}); a tab is allowed`);
    return text;
  };
}
