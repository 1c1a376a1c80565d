/**
 * Parsing a function spec as written on the command line: a catalog function, `gelu`,
 * `elu(alpha=0.5)`, `hardtanh(min=-2, max=3)`, or positionally `leaky_relu(0.2)`; or an
 * expression in x, `x*sigmoid(1.702*x)`, `max(0,x)^2` (see src/expr/). Either may start with a
 * label, `quick=x*sigmoid(1.702*x)`, for the legend and the CSV header.
 */
import type { Activation } from '../core/define.js';
import { UsageError } from '../core/errors.js';
import { controlIn, printable } from '../core/printable.js';
import { domainText, hasParam, resolveParams, takesText, unknownParameter } from '../core/params.js';
import { paramNamed } from '../core/param-names.js';
import { parseNumber, splitLabel, type Spec } from '../core/spec.js';
import { findActivation, suggestActivations } from '../activations/lookup.js';
import { expressionActivation } from '../expr/activation.js';
import { ExpressionError } from '../expr/errors.js';
import { isExpressionName } from '../expr/names.js';

const SPEC = /^([A-Za-z_][\w-]*)\s*(?:\((.*)\))?$/s;

export function unknownFunction(name: string): UsageError {
  const near = suggestActivations(name);
  const hint = near.length ? ` (did you mean ${near.join(', ')}?)` : '; `act list` shows the catalog';
  return new UsageError(`unknown function "${name}"${hint}`);
}

/**
 * Whether `NAME` or `NAME(args)` is meant as a catalog spec: the name is the catalog's (or is no
 * name of the expression language either, so that a typo gets the catalog's suggestions) and
 * the arguments do not mention x. So `elu(0.5)` is elu with alpha = 0.5, while `elu(2*x)` and
 * `elu(x, 0.5)` are expressions.
 */
function isCatalogSpec(name: string, args: string | undefined, spec: string, built: { expression?: Activation }): boolean {
  if (args !== undefined && /\bx\b/.test(args)) return false;
  if (findActivation(name) !== undefined) return true;
  // a name may hold a hyphen (leaky-relu); where none is meant, x-1 and relu(x)-x are differences
  // (the expression built to tell is kept in `built`, not compiled again)
  if (name.includes('-') && (built.expression = builtExpression(spec))) return false;
  return !isExpressionName(name);
}

function builtExpression(spec: string): Activation | undefined {
  try {
    return expressionActivation(spec);
  } catch {
    return undefined;
  }
}

export function parseSpec(text: string): Spec {
  const written = text.trim();
  const { label, spec, offset } = splitLabel(written);
  if (label === '') throw new UsageError(`the label before "=" is empty in "${printable(written)}" (write name=spec)`);
  const control = label === undefined ? undefined : controlIn(label);
  if (control) throw new UsageError(`the label "${printable(label!)}" must not hold control characters (found ${control}); a tab is allowed`);
  if (spec === '') {
    throw new UsageError(`cannot read the function spec "${printable(written)}": expected NAME, NAME(param=value, ...) or an expression in x`);
  }
  const m = SPEC.exec(spec);
  const built: { expression?: Activation } = {};
  if (m && isCatalogSpec(m[1], m[2], spec, built)) {
    const [, name, args] = m;
    const named = findActivation(name);
    if (!named) throw unknownFunction(name);
    const { activation, rest } = args === undefined ? { activation: named, rest: undefined } : applyChoices(named, args);
    const given = rest === undefined ? {} : parseArguments(activation, rest);
    return Object.freeze({ label: label ?? spec, ...(label !== undefined && { named: true }), activation, params: resolveParams(activation, given) });
  }
  try {
    return Object.freeze({ label: label ?? spec, ...(label !== undefined && { named: true }), activation: built.expression ?? expressionActivation(spec), params: Object.freeze({}) });
  } catch (e) {
    throw e instanceof ExpressionError ? e.within(written, offset) : e;
  }
}

/** inf or infinity (any case, signed), as x values and expressions read it: softplus(threshold=inf) is the default written out. */
function infinity(text: string): number | undefined {
  const m = /^([+-]?)inf(?:inity)?$/i.exec(text.trim());
  return m ? (m[1] === '-' ? -Infinity : Infinity) : undefined;
}

/**
 * Takes out the word-valued options that select another catalog function (`gelu(approximate=tanh)`
 * is gelu_tanh, as PyTorch spells it), and returns that function with the arguments left.
 */
function applyChoices(a: Activation, args: string): { activation: Activation; rest: string } {
  if (!a.choices) return { activation: a, rest: args };
  let chosen = a;
  const rest = args.split(',').filter((part) => {
    const eq = part.indexOf('=');
    const key = part.slice(0, Math.max(eq, 0)).trim();
    if (eq < 0 || !Object.hasOwn(a.choices!, key)) return true;
    const options = a.choices![key];
    const word = part.slice(eq + 1).trim().replace(/^(['"])(.*)\1$/, '$2').toLowerCase();
    if (!Object.hasOwn(options, word)) {
      throw new UsageError(`${a.name}: ${key} must be ${Object.keys(options).join(' or ')}, got "${printable(part.slice(eq + 1).trim())}"`);
    }
    chosen = findActivation(options[word])!;
    return false;
  });
  return { activation: chosen, rest: rest.join(',') };
}

function parseArguments(a: Activation, args: string): Record<string, number> {
  // no prototype: a parameter named __proto__ or constructor is just unknown
  const given: Record<string, number> = Object.create(null);
  if (args.trim() === '') return given;
  const names = Object.keys(a.params);
  args.split(',').forEach((part, position) => {
    const eq = part.indexOf('=');
    const written = eq < 0 ? names[position] : part.slice(0, eq).trim();
    const valueText = eq < 0 ? part : part.slice(eq + 1);
    if (written === undefined) {
      throw new UsageError(`${a.name}: too many parameters in "${printable(args.trim())}" (${takesText(a)})`);
    }
    const key = paramNamed(a, written); // leaky_relu(negative_slope=0.2), as PyTorch names it
    if (key === undefined || !hasParam(a, key)) throw unknownParameter(a, written);
    if (key in given) throw new UsageError(`${a.name}: parameter ${key} is given twice`);
    const v = parseNumber(valueText) ?? infinity(valueText);
    if (v === undefined) throw new UsageError(`${a.name}: parameter ${key} must be ${domainText(a.params[key])}, got "${printable(valueText.trim())}"`);
    given[key] = v;
  });
  return given;
}
