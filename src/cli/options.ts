/** Parsers for option values, shared by the commands. Each names its option when it refuses. */
import { UsageError } from '../core/errors.js';
import { controlIn } from '../core/printable.js';
import { parseNumber } from '../core/spec.js';

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

/** The sampling range, checked: both finite (done by the parsers) and from < to. */
export function checkedRange(from: number | undefined, to: number | undefined, defaults: readonly [number, number]): [number, number] {
  const a = from ?? (to !== undefined && to <= defaults[0] ? to - (defaults[1] - defaults[0]) : defaults[0]);
  const b = to ?? (from !== undefined && from >= defaults[1] ? from + (defaults[1] - defaults[0]) : defaults[1]);
  if (!(a < b)) throw new UsageError(`--from must be less than --to, got --from ${a} --to ${b}`);
  return [a, b];
}

/** Text that is drawn (a title, an axis label): no control characters but tab. */
export function drawnText(option: string): (text: string) => string {
  return (text) => {
    const control = controlIn(text);
    if (control) throw new UsageError(`${option} must not hold control characters (found ${control}); a tab is allowed`);
    return text;
  };
}
