/**
 * Errors in an expression, shown as three lines: what is wrong, the expression, and a caret
 * under the place. Everything else act reports stays on one line.
 */
import { UsageError } from '../core/errors.js';
import { printable } from '../core/printable.js';

/** Characters a terminal draws two columns wide: CJK, Hangul, full-width forms, emoji. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/** The terminal column where a string index is drawn (after the characters before it). */
function column(text: string, index: number): number {
  let width = 0;
  for (const c of text.slice(0, index)) width += WIDE.test(c) ? 2 : 1;
  return width;
}

/** The most characters of the text a message shows; a longer text shows a window around the place. */
const SHOWN = 100;

/**
 * `headline`, then the text and a caret under `position` (a string index), indented by two. Of a
 * long text, SHOWN characters around the place, with … where it is cut.
 */
export function caretMessage(headline: string, text: string, position: number): string {
  let at = Math.max(0, Math.min(position, text.length));
  if (text.length > SHOWN) {
    const start = Math.max(0, Math.min(at - SHOWN / 2, text.length - SHOWN));
    const end = start + SHOWN;
    text = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
    at += (start > 0 ? 1 : 0) - start;
  }
  // the caret's column is counted on the text as shown (an escaped character takes several)
  return `${headline}\n  ${printable(text)}\n  ${' '.repeat(column(printable(text.slice(0, at)), printable(text.slice(0, at)).length))}^`;
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
    this.name = 'ExpressionError';
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
