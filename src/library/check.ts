/**
 * The library's edge: a caller from JavaScript may pass anything, so what the types promise is
 * checked here, once per call, and refused with act's UsageError naming the argument, instead of
 * a TypeError from deep inside ("text.trim is not a function") or a silent NaN or empty result.
 */
import { UsageError } from '../core/errors.js';

/** The most points one grid may have: act eval's -n limit. */
export const MAX_GRID_POINTS = 1e8;

/** A value as a message shows it: strings quoted, so that '2' is not taken for 2. */
export function shown(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return ArrayBuffer.isView(v) ? `a ${v.constructor.name}` : 'an object';
  if (typeof v === 'function') return 'a function';
  return String(v);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isDeclaration = (v: unknown): boolean => isObject(v) && (v.kind === 'elementwise' || v.kind === 'vector') && typeof v.f === 'function';

/** Spec text, a declaration (activations, findActivation) or a parsed spec (parseSpec, toSpec). */
export function checkSpecInput(v: unknown): void {
  if (typeof v === 'string' || isDeclaration(v) || (isObject(v) && isDeclaration(v.activation))) return;
  throw new UsageError(`a function must be spec text (gelu, elu(alpha=0.5), an expression in x), a declaration or a parsed spec, got ${shown(v)}`);
}

export function checkString(name: string, v: unknown): void {
  if (typeof v !== 'string') throw new UsageError(`${name} must be a string, got ${shown(v)}`);
}

/** An options argument: an object, or nothing. */
export function checkOptions(name: string, v: unknown): void {
  if (v !== undefined && !(isObject(v) && !Array.isArray(v))) throw new UsageError(`${name} must be an object, got ${shown(v)}`);
}

export function checkBooleans(options: object, names: readonly string[]): void {
  for (const name of names) {
    const v = (options as Record<string, unknown>)[name];
    if (v !== undefined && typeof v !== 'boolean') throw new UsageError(`${name} must be true or false, got ${shown(v)}`);
  }
}

export function checkStrings(options: object, names: readonly string[]): void {
  for (const name of names) {
    const v = (options as Record<string, unknown>)[name];
    if (v !== undefined) checkString(name, v);
  }
}

/** An array or typed array of numbers (NaN and ±Infinity are numbers: they evaluate to what they should). */
export function checkNumbers(name: string, v: unknown): void {
  if (ArrayBuffer.isView(v) && !(v instanceof DataView) && !(v instanceof BigInt64Array) && !(v instanceof BigUint64Array)) return;
  if (Array.isArray(v) || (isObject(v) && Number.isInteger(v.length) && (v.length as number) >= 0)) {
    const a = v as ArrayLike<unknown>;
    for (let i = 0; i < a.length; i++) {
      if (typeof a[i] !== 'number') throw new UsageError(`${name} must hold numbers only, got ${shown(a[i])} at [${i}]`);
    }
    return;
  }
  throw new UsageError(`${name} must be an array or typed array of numbers, got ${shown(v)}`);
}

/** An array of finite numbers (guide lines). */
export function checkFiniteList(name: string, v: unknown): void {
  if (v === undefined) return;
  if (!Array.isArray(v)) throw new UsageError(`${name} must be an array of numbers, got ${shown(v)}`);
  for (const x of v) if (typeof x !== 'number' || !Number.isFinite(x)) throw new UsageError(`${name} must hold finite numbers, got ${shown(x)}`);
}

export function checkStringList(name: string, v: unknown): void {
  if (v === undefined) return;
  if (!Array.isArray(v)) throw new UsageError(`${name} must be an array of strings, got ${shown(v)}`);
  for (const x of v) checkString(`${name}'s entries`, x);
}

/** A whole number within bounds, if given (`required`: given). */
export function checkWholeNumber(name: string, v: unknown, min: number, max: number, required = false): void {
  if ((required || v !== undefined) && !(typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max)) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got ${shown(v)}`);
  }
}

export function checkChoice(name: string, v: unknown, choices: readonly string[]): void {
  if (v !== undefined && !choices.includes(v as string)) throw new UsageError(`${name} must be one of ${choices.join(', ')}, got ${shown(v)}`);
}

/**
 * A sampling range: from and to finite numbers; with `ordered`, from < to, and with logx, from
 * above 0. `what` names the call in the message (linspace, sampleSeries, plotGrid).
 */
export function checkSampleRange(what: string, from: unknown, to: unknown, { ordered = true, logx = false } = {}): void {
  for (const [name, v] of [['from', from], ['to', to]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new UsageError(`${what}: ${name} must be a finite number, got ${shown(v)}`);
  }
  if (ordered && !((from as number) < (to as number))) throw new UsageError(`${what}: from must be less than to, got from ${from} to ${to}`);
  if (logx && !((from as number) > 0)) throw new UsageError(`${what}: logx needs a positive range (from above 0), got from ${from}`);
}
