/**
 * Words wrapped to a number of terminal columns, never inside a word: help text, table cells and
 * the catalog's summaries. A word wider than the line keeps a line of its own (cut, it would
 * mislead: a name, an expression, a URL).
 */
import { textWidth } from './text.js';

/**
 * `text` as lines no wider than `width` columns (a lone word wider than that aside). The first
 * line starts at `indent` columns, and so do the continuation lines with `hang` more.
 */
export function wrapWords(text: string, width: number, indent = 0, hang = 0): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const start = () => (lines.length === 0 ? indent : indent + hang);
  for (const word of words) {
    const w = textWidth(word);
    if (line && start() + used + 1 + w > width) {
      lines.push(' '.repeat(start()) + line);
      line = '';
      used = 0;
    }
    line = line ? `${line} ${word}` : word;
    used += (used ? 1 : 0) + w;
  }
  if (line || lines.length === 0) lines.push(' '.repeat(start()) + line);
  return lines;
}

/**
 * A block of text, each of its lines a paragraph wrapped on its own: an indented line (an
 * example) keeps its indent and continues two columns further in. Blank lines stay.
 */
export function wrapParagraphs(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.trim()) return '';
      if (textWidth(line) <= width) return line; // as written: an example's aligned comment stays aligned
      const indent = line.length - line.trimStart().length;
      return wrapWords(line, width, indent, indent ? 2 : 0).join('\n');
    })
    .join('\n');
}
