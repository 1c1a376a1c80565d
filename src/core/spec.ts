/**
 * A function spec once resolved (src/spec/ resolves it: a catalog name or an expression), and the
 * pieces of spec syntax that need nothing above src/core: numbers and the `label=spec` split.
 */
import type { Activation, Params } from './define.js';

export { domainText, resolveParams } from './params.js';

export interface Spec {
  /** The label of `label=spec`, else the spec as the user wrote it (trimmed): the CSV header and the legend use it. */
  readonly label: string;
  /** True when the label was given (`label=spec`): the user's own words, which charts show as written. */
  readonly named?: boolean;
  readonly activation: Activation;
  /** Every parameter, defaults filled in. */
  readonly params: Params;
}

// Unambiguous (each digit can match one way only), so that a failed match is linear even on a 1 MB line.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Parses a number the way act reads numbers everywhere: decimal, no hex, no blanks. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : undefined;
}

/**
 * Splits `label=spec` at the first `=` outside parentheses that is not part of `==`, `<=`, `>=`
 * or `!=` (so `elu(alpha=0.5)` has no label, and `soft=elu(alpha=0.5)` has one). `offset` is
 * where the spec starts in the text.
 */
export function splitLabel(text: string): { label: string | undefined; spec: string; offset: number } {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '=' && depth === 0) {
      if (text[i + 1] === '=') {
        i++;
        continue;
      }
      if ('<>!'.includes(text[i - 1])) continue;
      const rest = text.slice(i + 1);
      return { label: text.slice(0, i).trim(), spec: rest.trim(), offset: i + 1 + (rest.length - rest.trimStart().length) };
    }
  }
  return { label: undefined, spec: text, offset: 0 };
}

