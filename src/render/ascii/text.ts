/**
 * Text that must fit a number of terminal columns. A character takes the columns a terminal gives
 * it: two for East Asian wide and fullwidth characters (CJK, emoji), none for combining marks and
 * format characters (an accent, a zero-width joiner), one for the rest.
 */
import { eastAsianWidth } from 'get-east-asian-width';

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;

/** Columns of one character (one code point). */
export function charWidth(char: string): 0 | 1 | 2 {
  const code = char.codePointAt(0) ?? 0;
  // below U+0300 (ASCII, Latin-1, Latin Extended) there is nothing wide or combining
  if (code < 0x300) return 1;
  // nor among arrows, box drawing, blocks, shapes and braille (U+2190-U+2BFF), which charts are drawn
  // with: the Unicode class is compiled on its first use, about 1 ms of a chart's start
  if ((code < 0x2190 || code > 0x2bff) && ZERO_WIDTH.test(char)) return 0;
  return eastAsianWidth(code) === 2 ? 2 : 1;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** The text, cut with an ellipsis if it is wider than `width`. */
export function fitText(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 0) return '';
  let kept = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width - 1) break;
    kept += char;
    used += w;
  }
  return `${kept}…`;
}

/** Start column that centres `length` over [from, from + span), kept inside [0, limit). */
export function centred(length: number, from: number, span: number, limit: number): number {
  return Math.max(0, Math.min(limit - length, from + Math.floor((span - length) / 2)));
}
