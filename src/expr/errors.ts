/**
 * Errors in an expression, shown as three lines: what is wrong, the expression, and a caret
 * under the place. Everything else act reports stays on one line.
 */
import { UsageError } from '../core/errors.js';

/** Control characters shown as their Unicode pictures (␊ for a newline), one column each. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0)));
}

/** The terminal column of a string index: code points before it (a surrogate pair is one). */
function column(text: string, index: number): number {
  return Array.from(text.slice(0, index)).length;
}

/** `headline`, then the text and a caret under `position` (a string index), indented by two. */
export function caretMessage(headline: string, text: string, position: number): string {
  const at = Math.max(0, Math.min(position, text.length));
  return `${headline}\n  ${printable(text)}\n  ${' '.repeat(column(text, at))}^`;
}

/** A mistake in an expression, at a position in its text. A usage error: exit code 2. */
export class ExpressionError extends UsageError {
  constructor(
    /** What is wrong, in one line. */
    readonly reason: string,
    /** The text the position refers to. */
    readonly text: string,
    /** String index of the offending place (text.length: at the end). */
    readonly position: number,
    /** A syntax error (the text cannot be read) rather than a wrong name or argument. */
    readonly syntax: boolean,
    headline = syntax ? `cannot read the expression: ${reason}` : reason,
  ) {
    super(caretMessage(headline, text, position));
  }

  /**
   * The same error inside a longer text (an expression after `label=` in a function spec): the
   * position moves by `offset`, and a syntax error says it is the spec that cannot be read.
   */
  within(text: string, offset: number): ExpressionError {
    const headline = this.syntax ? `cannot read the function spec: ${this.reason}` : this.reason;
    return new ExpressionError(this.reason, text, this.position + offset, this.syntax, headline);
  }
}
