/**
 * Parsing a function spec as written on the command line: `gelu`, `elu(alpha=0.5)`,
 * `hardtanh(min=-2, max=3)`, or positionally `leaky_relu(0.2)`.
 */
import { defaultParams, type Activation, type ParamDecl, type Params } from './define.js';
import { UsageError } from './errors.js';
import { findActivation, suggestActivations } from './lookup.js';

export interface Spec {
  /** The spec as the user wrote it (trimmed): the CSV header and the legend use it. */
  readonly label: string;
  readonly activation: Activation;
  /** Every parameter, defaults filled in. */
  readonly params: Params;
}

// Unambiguous (each digit can match one way only), so that a failed match is linear even on a 1 MB line.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const SPEC = /^([A-Za-z_][\w-]*)\s*(?:\((.*)\))?$/s;

/** Parses a number the way act reads numbers everywhere: decimal, no hex, no blanks. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : undefined;
}

export function unknownFunction(name: string): UsageError {
  const near = suggestActivations(name);
  const hint = near.length ? ` (did you mean ${near.join(', ')}?)` : '; `act list` shows the catalog';
  return new UsageError(`unknown function "${name}"${hint}`);
}

/** What a parameter accepts, in words: "a number > 0". */
export function domainText(d: ParamDecl): string {
  const parts: string[] = [];
  if (d.min !== undefined) parts.push(`${d.minExclusive ? '>' : '≥'} ${d.min}`);
  if (d.max !== undefined) parts.push(`${d.maxExclusive ? '<' : '≤'} ${d.max}`);
  return parts.length ? `a number ${parts.join(' and ')}` : 'a finite number';
}

function inDomain(v: number, d: ParamDecl): boolean {
  if (!Number.isFinite(v)) return false;
  if (d.min !== undefined && (d.minExclusive ? v <= d.min : v < d.min)) return false;
  if (d.max !== undefined && (d.maxExclusive ? v >= d.max : v > d.max)) return false;
  return true;
}

/** Checks and completes parameter values given by name; throws a UsageError naming the problem. */
export function resolveParams(a: Activation, given: Readonly<Record<string, number>>): Params {
  const p: Record<string, number> = { ...defaultParams(a) };
  for (const [k, v] of Object.entries(given)) {
    const d = a.params[k];
    if (!d) throw unknownParameter(a, k);
    if (!inDomain(v, d)) throw new UsageError(`${a.name}: parameter ${k} must be ${domainText(d)}, got ${v}`);
    p[k] = v;
  }
  const problem = a.check?.(p);
  if (problem) throw new UsageError(`${a.name}: ${problem} (got ${Object.entries(p).map(([k, v]) => `${k}=${v}`).join(', ')})`);
  return Object.freeze(p);
}

function unknownParameter(a: Activation, k: string): UsageError {
  const names = Object.keys(a.params);
  const takes = names.length ? `${a.name} takes ${names.join(', ')}` : `${a.name} takes no parameters`;
  return new UsageError(`${a.name}: unknown parameter "${k}" (${takes})`);
}

export function parseSpec(text: string): Spec {
  const label = text.trim();
  const m = SPEC.exec(label);
  if (!m) throw new UsageError(`cannot read the function spec "${label}": expected NAME or NAME(param=value, ...)`);
  const [, name, args] = m;
  const activation = findActivation(name);
  if (!activation) throw unknownFunction(name);
  const given = args === undefined ? {} : parseArguments(activation, args);
  return Object.freeze({ label, activation, params: resolveParams(activation, given) });
}

function parseArguments(a: Activation, args: string): Record<string, number> {
  const given: Record<string, number> = {};
  if (args.trim() === '') return given;
  const names = Object.keys(a.params);
  args.split(',').forEach((part, position) => {
    const eq = part.indexOf('=');
    const key = eq < 0 ? names[position] : part.slice(0, eq).trim();
    const valueText = eq < 0 ? part : part.slice(eq + 1);
    if (key === undefined) {
      throw new UsageError(`${a.name}: too many parameters in "${args.trim()}" (${names.length ? `${a.name} takes ${names.join(', ')}` : `${a.name} takes no parameters`})`);
    }
    if (!(key in a.params)) throw unknownParameter(a, key);
    if (key in given) throw new UsageError(`${a.name}: parameter ${key} is given twice`);
    const v = parseNumber(valueText);
    if (v === undefined) throw new UsageError(`${a.name}: parameter ${key} must be ${domainText(a.params[key])}, got "${valueText.trim()}"`);
    given[key] = v;
  });
  return given;
}
