/** Shared by the expression tests: catching the error a text gives. */
import { expect } from 'vitest';
import { ExpressionError } from '../../src/expr/errors.js';
import { parseExpression } from '../../src/expr/parser.js';

/** The ExpressionError that parsing `text` throws (failing the test if it parses). */
export function parseError(text: string): ExpressionError {
  try {
    parseExpression(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ExpressionError);
    return e as ExpressionError;
  }
  throw new Error(`"${text}" parsed`);
}

/** The caret line's column (code points after the two-space indent). */
export function caretColumn(message: string): number {
  const lines = message.split('\n');
  expect(lines.length).toBe(3);
  expect(lines[2]).toMatch(/^ *\^$/);
  return lines[2].length - 3;
}
