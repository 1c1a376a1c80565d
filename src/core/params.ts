/**
 * Checking parameter values against a declaration: domains, constraints, and the messages that
 * name what is wrong. Shared by function specs (`elu(alpha=0.5)`) and expressions
 * (`elu(2*x, alpha=0.5)`).
 */
import { defaultParams, type Activation, type ParamDecl, type Params } from './define.js';
import { UsageError } from './errors.js';
import { printable } from './printable.js';

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

/** Whether `a` declares a parameter `k` (its own key: `constructor` and `__proto__` are not parameters). */
export function hasParam(a: Activation, k: string): boolean {
  return Object.hasOwn(a.params, k);
}

/** "elu takes alpha" or "relu takes no parameters". */
export function takesText(a: Activation): string {
  const names = Object.keys(a.params);
  return names.length ? `${a.name} takes ${names.join(', ')}` : `${a.name} takes no parameters`;
}

export function unknownParameter(a: Activation, k: string): UsageError {
  return new UsageError(`${a.name}: unknown parameter "${printable(k)}" (${takesText(a)})`);
}

/** Checks and completes parameter values given by name; throws a UsageError naming the problem. */
export function resolveParams(a: Activation, given: Readonly<Record<string, number>>): Params {
  const p: Record<string, number> = { ...defaultParams(a) };
  for (const [k, v] of Object.entries(given)) {
    if (!hasParam(a, k)) throw unknownParameter(a, k);
    const d = a.params[k];
    // the default is always accepted, even outside the finite domain (softplus's threshold = Infinity)
    if (!inDomain(v, d) && !Object.is(v, d.default)) {
      // a library caller may pass a string: quoted, '2' is not taken for the number 2
      const shown = typeof v === 'number' ? String(v) : printable(JSON.stringify(v) ?? String(v));
      // Infinity is ≥ 0: say what it is not
      const what = typeof v === 'number' && !Number.isFinite(v) ? domainText(d).replace(/^a number/, 'a finite number') : domainText(d);
      throw new UsageError(`${a.name}: parameter ${k} must be ${what}, got ${shown}`);
    }
    p[k] = v;
  }
  const problem = a.check?.(p);
  if (problem) throw new UsageError(`${a.name}: ${problem} (got ${Object.entries(p).map(([k, v]) => `${k}=${v}`).join(', ')})`);
  return Object.freeze(p);
}
