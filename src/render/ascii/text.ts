/** Text that must fit a number of columns (one column per code point). */

export const textWidth = (text: string): number => [...text].length;

/** The text, cut with an ellipsis if it is wider than `width`. */
export function fitText(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  return width <= 0 ? '' : `${chars.slice(0, width - 1).join('')}…`;
}

/** Start column that centres `length` over [from, from + span), kept inside [0, limit). */
export function centred(length: number, from: number, span: number, limit: number): number {
  return Math.max(0, Math.min(limit - length, from + Math.floor((span - length) / 2)));
}
