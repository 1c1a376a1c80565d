/**
 * An expression as an activation: parsed once, compiled to a value closure and a derivative
 * closure, and dressed as an ElementwiseActivation so that everything that takes a catalog
 * function (eval, plot, info, the library's evaluate) takes an expression too.
 */
import { elementwise, type ElementwiseActivation } from '../core/define.js';
import type { Expression } from './ast.js';
import { compileValue } from './compile.js';
import { compileDerivative } from './dual.js';
import { findKinks, isSmooth } from './kinks.js';
import { definedDerivative, measuredProperties, measuredRange } from '../core/measure.js';
import { parseExpression } from './parser.js';
import { printExpression } from './print.js';

export interface CompiledExpression {
  /** The text as written (or, for a tree given directly, as printed). */
  readonly text: string;
  readonly tree: Expression;
  readonly f: (x: number) => number;
  /** The exact derivative, by forward-mode automatic differentiation. */
  readonly df: (x: number) => number;
  /** The corners and jumps that can be located (see kinks.ts), ascending. */
  readonly kinks: readonly number[];
}

/** Parses (if given text) and compiles an expression in x. Throws an ExpressionError on bad text. */
export function compileExpression(source: string | Expression): CompiledExpression {
  const text = typeof source === 'string' ? source.trim() : printExpression(source);
  const tree = typeof source === 'string' ? parseExpression(text) : source;
  return Object.freeze({ text, tree, f: compileValue(tree), df: compileDerivative(tree), kinks: Object.freeze(findKinks(tree)) });
}

const texEscape = (text: string): string => text.replace(/[\\{}_^#$%&~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`));

/** The activation an expression defines: no parameters, range [-5, 5] unless told otherwise. */
export function expressionActivation(source: string | CompiledExpression): ElementwiseActivation {
  const e = typeof source === 'string' ? compileExpression(source) : source;
  const { f, df, kinks } = e;
  return elementwise({
    name: e.text,
    summary: 'user expression',
    f,
    df,
    formula: { text: `f(x) = ${e.text}`, tex: `f(x) = \\texttt{${texEscape(e.text)}}` },
    derivative: {
      text: "f'(x) exact, by forward-mode automatic differentiation of the expression",
      tex: "f'(x)\\ \\text{by forward-mode automatic differentiation}",
    },
    kinks: () => kinks,
    defaultRange: [-5, 5],
    // Nobody declared these: measured on samples when asked (act info), never at parse time.
    range: () => measuredRange(f),
    derivativeRange: () => measuredRange(definedDerivative({ f, df })),
    properties: () => measuredProperties({ f, df }, isSmooth(e.tree)),
    cost: { level: 'moderate', ops: 'a user expression, interpreted from its syntax tree' },
    frameworks: { pytorch: [], jax: [], keras: [], differences: [] },
    notes: {
      useCase: 'A user expression, evaluated with the same stable building blocks as the catalog (sigmoid, softplus, erfc...).',
      limitations:
        "Kinks are found only where a non-smooth operation's argument is affine in x. At a corner the derivative is the one-sided value nearest 0 (max(0,x)' = 0 at 0); at ±Infinity, 0·∞ counts as 0 and other indeterminate forms give NaN.",
      reference: 'Written by the user; see "Expressions" in the README.',
    },
  });
}
