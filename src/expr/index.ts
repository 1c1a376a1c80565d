/** The expression language: text in x to exact values and derivatives. */
export type * from './ast.js';
export { sameExpression, dependsOnX } from './ast.js';
export { compileExpression, expressionActivation, type CompiledExpression } from './activation.js';
export { ExpressionError } from './errors.js';
export { mathFunctions, type MathFunction, type UnaryFunction, type BinaryFunction } from './functions.js';
export { parseExpression, MAX_NESTING, MAX_HEIGHT } from './parser.js';
export { printExpression } from './print.js';
