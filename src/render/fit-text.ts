/**
 * Text fitted to the image before vega lays it out: a title wraps to at most a few lines and its
 * last line ends in an ellipsis, so that no text (a 3,000-character title, a 4 kB expression as
 * the default title) can crowd the plot out of the image (which made resvg abort the process).
 */
import { textWidth, wrapText } from './font.js';

const ELLIPSIS = '…';

/** The longest start of `text` that fits maxWidth with an ellipsis after it (binary search: O(n log n)). */
export function ellipsise(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS, fontSize) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/** The most lines a title may take in an image of this height: 3 at 480 px, 1 at 150. */
export function titleLineBudget(imageHeight: number): number {
  return Math.max(1, Math.min(3, Math.floor(imageHeight / 160)));
}

/**
 * A title as lines no wider than maxWidth, at most maxLines of them; when the text needs more, the
 * last line holds what it can of the rest, ending in an ellipsis.
 */
export function fitTitle(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  // a line holds at most maxWidth / (narrowest glyph) characters: wrap no more text than the lines can show
  const room = Math.ceil(((maxLines + 1) * maxWidth) / (0.25 * fontSize));
  const shown = Array.from(text.slice(0, 2 * room)).slice(0, room).join('');
  const lines = wrapText(shown, maxWidth, fontSize);
  if (lines.length <= maxLines && shown.length === text.length) return lines;
  const kept = lines.slice(0, maxLines - 1);
  const rest = lines.slice(maxLines - 1).join(' ');
  return [...kept, ellipsise(`${rest}${ELLIPSIS}`, maxWidth, fontSize)];
}
