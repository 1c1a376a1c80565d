/**
 * A batch script's lines as act command lines: the words after `act` (a leading `act` is allowed),
 * split as a shell splits them (see shell-words.ts: quotes, backslashes, `#` comments, a backslash
 * at the end of a line joining the next; nothing expanded; shell operators an error on their
 * line). Pure: text in, lines out.
 */
import { shellLines } from './shell-words.js';

export type BatchLine =
  | { readonly line: number; readonly words: string[] }
  | { readonly line: number; readonly error: string };

/** The script's command lines, numbered by their first line as an editor numbers them; blank and comment lines are skipped. */
export function batchLines(script: string): BatchLine[] {
  const lines: BatchLine[] = [];
  // a UTF-8 byte-order mark (as Windows editors save) is no part of the first word, as for x values
  for (const read of shellLines(script.replace(/^\uFEFF/, ''))) {
    if ('error' in read) {
      lines.push(read);
      continue;
    }
    const words = read.words[0] === 'act' ? read.words.slice(1) : read.words;
    if (words.length > 0) lines.push({ line: read.line, words });
  }
  return lines;
}
