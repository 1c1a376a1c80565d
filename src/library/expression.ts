/** The expression language as the library hands it out: its arguments checked at the edge (library/check.ts). */
import type { Expression } from '../expr/ast.js';
import { compileExpression as plainCompile, type CompiledExpression } from '../expr/activation.js';
import { parseExpression as plainParse } from '../expr/parser.js';
import { printExpression as plainPrint } from '../expr/print.js';
import { checkString, shown } from './check.js';
import { UsageError } from '../core/errors.js';

const isTree = (v: unknown): v is Expression => typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';

function checkTree(name: string, v: unknown): void {
  if (!isTree(v)) throw new UsageError(`${name} must be an expression tree (parseExpression's result), got ${shown(v)}`);
}

/** `parseExpression('x*sigmoid(1.702*x)')`: the syntax tree; an ExpressionError on bad text. */
export function parseExpression(text: string): Expression {
  checkString('parseExpression: text', text);
  return plainParse(text);
}

/** The tree as text that parses back to it. */
export function printExpression(tree: Expression): string {
  checkTree('printExpression: tree', tree);
  return plainPrint(tree);
}

/** Parses (if given text) and compiles an expression in x: f and its exact derivative df. */
export function compileExpression(source: string | Expression): CompiledExpression {
  if (typeof source !== 'string') checkTree('compileExpression: source (text or a tree)', source);
  return plainCompile(source);
}
