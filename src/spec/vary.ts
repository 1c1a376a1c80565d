/**
 * Families of curves: `--vary alpha=0.5,1,2` turns each spec into one spec per value, labelled
 * `alpha=0.5` (one function) or `elu alpha=0.5` (several). A catalog function gets the value as its
 * parameter, checked against the parameter's domain as `elu(alpha=...)` is; an expression gets it
 * as a named constant, `x*sigmoid(b*x)` with b = 0.5: the expression language has no free
 * constants, so the value's shortest round-trip text is put in place of the name before parsing,
 * which is exact (the parser reads back the same double).
 */
import { UsageError } from '../core/errors.js';
import { printable } from '../core/printable.js';
import { paramNamed } from '../core/param-names.js';
import { parseNumber, resolveParams, splitLabel, type Spec } from '../core/spec.js';
import { findActivation } from '../activations/lookup.js';
import { isExpressionName } from '../expr/names.js';
import { tokenize } from '../expr/tokens.js';
import { parseSpec } from './parse.js';

/** What --vary asked for: a parameter name and its values, or a range whose count depends on the output. */
export interface Vary {
  readonly name: string;
  /** A list (`0.5,1,2`) or a range with its step (`0.1:3:0.1`). */
  readonly values?: readonly number[];
  /** A range without a step (`0.5:3`): round values chosen for the output (values()). */
  readonly range?: readonly [number, number];
}

/** The most values one --vary may give: each is a curve (or a slider position) sampled in full. */
export const MAX_VARY_VALUES = 500;

/** How many values a range without a step gives: a few curves to tell apart, or many slider positions. */
export type VaryUse = 'curves' | 'slider';
const COUNTS: Readonly<Record<VaryUse, readonly [number, number]>> = { curves: [5, 7], slider: [15, 41] };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Decimal places of a number's shortest form (1e-7: 7, 0.25: 2, 3: 0). */
function decimals(v: number): number {
  const [mantissa, exponent] = String(Math.abs(v)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

/** a, a+step, ... up to b, each rounded to the decimals written, so 0.1:0.3:0.1 is 0.1, 0.2, 0.3 and not 0.30000000000000004. */
function steps(a: number, b: number, step: number, text: string): number[] {
  const count = Math.floor((b - a) / step + 1e-9) + 1;
  if (count > MAX_VARY_VALUES) throw new UsageError(`--vary: ${text} gives ${count} values, at most ${MAX_VARY_VALUES}`);
  const places = Math.min(100, Math.max(decimals(a), decimals(step)));
  return Array.from({ length: count }, (_, i) => Number((a + i * step).toFixed(places)));
}

/** Parses `NAME=VALUES`: VALUES a comma list, or a range A:B or A:B:STEP. */
export function parseVary(text: string): Vary {
  const eq = text.indexOf('=');
  const name = text.slice(0, Math.max(eq, 0)).trim();
  const valuesText = text.slice(eq + 1).trim();
  if (eq < 0 || !NAME.test(name) || valuesText === '') {
    throw new UsageError(`--vary must be NAME=VALUES, as alpha=0.5,1,2 or alpha=0.1:3:0.1, got "${printable(text)}"`);
  }
  if (name === 'x') throw new UsageError('--vary: "x" is the variable, not a parameter or constant');
  const number = (t: string): number => {
    const v = parseNumber(t);
    if (v === undefined || !Number.isFinite(v)) throw new UsageError(`--vary ${name}: "${printable(t.trim())}" is not a finite number`);
    return v;
  };
  if (valuesText.includes(':')) {
    const parts = valuesText.split(':');
    if (parts.length > 3) throw new UsageError(`--vary ${name}: a range is A:B or A:B:STEP, got "${printable(valuesText)}"`);
    const [a, b] = [number(parts[0]), number(parts[1])];
    if (!(a < b)) throw new UsageError(`--vary ${name}: a range A:B needs A < B, got "${printable(valuesText)}"`);
    if (parts.length === 2) return { name, range: [a, b] };
    const step = number(parts[2]);
    if (!(step > 0)) throw new UsageError(`--vary ${name}: the step must be > 0, got "${printable(parts[2].trim())}"`);
    return { name, values: steps(a, b, step, valuesText) };
  }
  const values = valuesText.split(',').map(number);
  if (values.length > MAX_VARY_VALUES) throw new UsageError(`--vary: ${values.length} values, at most ${MAX_VARY_VALUES}`);
  if (new Set(values).size !== values.length) throw new UsageError(`--vary ${name}: a value is given twice in "${printable(valuesText)}"`);
  return { name, values };
}

/** Significant digits of a step's shortest form: 0.5 has 1, 0.45 has 2. */
const digits = (v: number): number => String(Number(v.toPrecision(12))).replace(/e.*$/, '').replace(/[-.]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;

/**
 * The values of --vary for an output: a range without a step gets the count in the use's bounds
 * whose step is roundest (0.2:2 -> 7 values 0.2, 0.5, ..., 2 for curves; 19 values by 0.1 for a slider).
 */
export function varyValues(vary: Vary, use: VaryUse): number[] {
  if (vary.values) return [...vary.values];
  const [a, b] = vary.range!;
  const [lo, hi] = COUNTS[use];
  let best = lo;
  for (let n = lo; n <= hi; n++) if (digits((b - a) / (n - 1)) < digits((b - a) / (best - 1))) best = n;
  const step = Number(((b - a) / (best - 1)).toPrecision(12));
  const places = Math.min(100, Math.max(decimals(a), decimals(step)));
  return Array.from({ length: best }, (_, i) => (i === best - 1 ? b : Number((a + i * step).toFixed(places))));
}

/** A member of a family: the spec, with the value it was made with (for the HTML page's slider). */
export type VariedSpec = Spec & { readonly vary?: { readonly name: string; readonly value: number; readonly family: string } };

/** Where the name stands free in the expression text (not a call, not a named argument's key). */
function freeNamePositions(spec: string, name: string): number[] | undefined {
  let tokens;
  try {
    tokens = tokenize(spec);
  } catch {
    return undefined; // the spec's own parse reports it
  }
  const at: number[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const key = next?.kind === 'operator' && (next.text === '=' || next.text === '(');
    if (t.kind === 'name' && t.text === name && !key) at.push(t.pos);
  });
  return at;
}

/** The expression text with the value written in place of the name. */
function substitute(spec: string, name: string, at: readonly number[], value: number): string {
  let out = spec;
  const text = value < 0 || Object.is(value, -0) ? `(${String(value)})` : String(value);
  for (const pos of [...at].reverse()) out = out.slice(0, pos) + text + out.slice(pos + name.length);
  return out;
}

/** A spec given to vary: its text (CLI, library strings), or an already resolved spec. */
export type VarySource = string | Spec;

/**
 * Whether a name can be an expression's constant: not one of the expression language's names or
 * the catalog's (exp, min, threshold...), which may still be a catalog function's parameter
 * (hardtanh's min and max, softplus's threshold).
 */
const constantName = (name: string): boolean => !isExpressionName(name) && findActivation(name) === undefined;

/** One spec's family, or undefined if the spec takes no such parameter or constant. */
function family(source: VarySource, name: string, values: readonly number[]): { label: string; members: Spec[] } | undefined {
  if (typeof source === 'string' && constantName(name)) {
    const { label, spec } = splitLabel(source.trim());
    const at = freeNamePositions(spec, name);
    if (at && at.length > 0) {
      const members = values.map((v) => parseSpec(substitute(spec, name, at, v)));
      return { label: label ?? spec, members };
    }
  }
  const spec = typeof source === 'string' ? parseSpec(source) : source;
  const key = paramNamed(spec.activation, name);
  if (key === undefined) return undefined;
  return { label: spec.label, members: values.map((v) => ({ ...spec, params: resolveParams(spec.activation, { ...spec.params, [key]: v }) })) };
}

/**
 * Each spec as a family, one member per value, in order: spec by spec, value by value. A spec
 * that takes no such parameter is kept as it is (drawn once); none taking it is a usage error.
 * With one spec a member is labelled `alpha=0.5`, with several `elu alpha=0.5`.
 */
export function varySpecs(sources: readonly VarySource[], name: string, values: readonly number[]): VariedSpec[] {
  const families = sources.map((s) => family(s, name, values));
  if (families.every((f) => f === undefined)) {
    const what = sources.map((s) => (typeof s === 'string' ? printable(s.trim()) : s.label)).join(', ');
    const reserved = constantName(name) ? '' : `; in an expression, ${name} is a name of the expression language or the catalog, not a constant`;
    throw new UsageError(`--vary ${name}: no function takes a parameter or constant named ${name} (${what})${reserved}`);
  }
  const out: VariedSpec[] = [];
  families.forEach((f, i) => {
    const source = sources[i];
    if (f === undefined) {
      out.push(typeof source === 'string' ? parseSpec(source) : source);
      return;
    }
    f.members.forEach((m, j) => {
      const tag = `${name}=${String(values[j])}`;
      out.push(Object.freeze({ ...m, label: sources.length === 1 ? tag : `${f.label} ${tag}`, vary: { name, value: values[j], family: f.label } }));
    });
  });
  return out;
}

/** The specs to draw or evaluate: parsed, and expanded into families when --vary is given. */
export function specsVaried(sources: readonly VarySource[], vary: Vary | undefined, use: VaryUse): VariedSpec[] {
  if (vary === undefined) return sources.map((s) => (typeof s === 'string' ? parseSpec(s) : s));
  return varySpecs(sources, vary.name, varyValues(vary, use));
}
