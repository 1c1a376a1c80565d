/**
 * Parameters by any of their names: the declared one, or an alias from the frameworks
 * (leaky_relu's `negative_slope` is its `alpha`, hardtanh's `min_val` its `min`).
 */
import type { Activation, Params } from './define.js';
import { UsageError } from './errors.js';

/** The declared name of parameter `key` (itself, or the parameter it is an alias of), if any. */
export function paramNamed(a: Activation, key: string): string | undefined {
  if (Object.hasOwn(a.params, key)) return key;
  for (const [name, d] of Object.entries(a.params)) if (d.aliases?.includes(key)) return name;
  return undefined;
}

/** The parameters with their aliases replaced by the declared names; unknown names are left as given. */
export function canonicalParams(a: Activation, given: Readonly<Record<string, number>>): Params {
  const out: Record<string, number> = Object.create(null);
  for (const [key, v] of Object.entries(given)) {
    const name = paramNamed(a, key) ?? key;
    if (Object.hasOwn(out, name)) throw new UsageError(`${a.name}: parameter ${name} is given twice${name === key ? '' : ` (as ${key})`}`);
    out[name] = v;
  }
  return out;
}
