/**
 * What a name in an expression means: the variable x, a constant, a math function, or a catalog
 * activation. Every lookup goes through a Map, so no name can reach an object's prototype
 * (constructor, __proto__, toString are just unknown names).
 */
import type { Activation } from '../core/define.js';
import { allNames, closest, findActivation, normalizeName } from '../activations/lookup.js';
import { mathFunctions, type MathFunction } from './functions.js';

export const VARIABLE = 'x';

export const constants: ReadonlyMap<string, number> = new Map([
  ['pi', Math.PI],
  ['e', Math.E],
  ['inf', Infinity],
]);

let functionIndex: Map<string, MathFunction> | undefined;

/** A math function by name; like catalog names, case-insensitive and with _ or - ignored. */
export function findMathFunction(name: string): MathFunction | undefined {
  functionIndex ??= new Map(mathFunctions.map((f) => [normalizeName(f.name), f]));
  return functionIndex.get(normalizeName(name));
}

export type Callee = { readonly kind: 'math'; readonly fn: MathFunction } | { readonly kind: 'activation'; readonly activation: Activation };

/** What `name(...)` calls: the math table first (exp), then the catalog (sigmoid, gelu...). */
export function findCallee(name: string): Callee | undefined {
  const fn = findMathFunction(name);
  if (fn) return { kind: 'math', fn };
  const activation = findActivation(name);
  return activation ? { kind: 'activation', activation } : undefined;
}

/** Whether a bare word is something of the expression language (x, pi, sin...), not the catalog's. */
export function isExpressionName(name: string): boolean {
  return name === VARIABLE || constants.has(name) || findMathFunction(name) !== undefined;
}

/** Longer words are not typos of any name, and the edit distance would cost time for nothing. */
const LONGEST_WORTH_SUGGESTING = 40;

/**
 * The names closest to a misspelt one, canonical names only: functions (of the table and the
 * catalog) for a call, and also x and the constants for a bare name.
 */
export function suggestNames(word: string, call: boolean, most = 3): string[] {
  if (word.length > LONGEST_WORTH_SUGGESTING) return [];
  const functions = [...mathFunctions.map((f) => f.name), ...allNames()];
  const candidates = call ? functions : [VARIABLE, ...constants.keys(), ...functions];
  const names = closest(word, candidates, 50).map((n) => (findMathFunction(n) || !findActivation(n) ? n : findActivation(n)!.name));
  return names.filter((n, i) => names.indexOf(n) === i).slice(0, most);
}
