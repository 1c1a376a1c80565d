/**
 * A batch script's lines as act command lines: the words after `act` (a leading `act` is allowed),
 * split as a shell splits them (quotes, backslashes, `#` comments), through shell-quote. Nothing
 * is expanded: no variables, no globs; shell operators (pipes, redirections, parentheses) are an
 * error on their line. Pure: text in, lines out.
 */
import { parse } from 'shell-quote';

export type BatchLine =
  | { readonly line: number; readonly words: string[] }
  | { readonly line: number; readonly error: string };

/** Whether a line ends inside quotes (shell-quote would silently close them). */
function unclosedQuote(text: string): '"' | "'" | undefined {
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = undefined;
    } else if (c === '\\') {
      i++;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      return undefined; // a comment: the rest is not read
    } else if (c === '"' || c === "'") {
      quote = c;
    }
  }
  return quote;
}

/** One line's words, or why it cannot be read; undefined for a blank or comment line. */
export function lineWords(text: string): { words: string[] } | { error: string } | undefined {
  const quote = unclosedQuote(text);
  if (quote) return { error: `unclosed ${quote === '"' ? 'double' : 'single'} quote` };
  // a function for env keeps `$NAME` as written instead of expanding it
  const words: string[] = [];
  for (const entry of parse(text, (name: string) => `$${name}`)) {
    if (typeof entry === 'string') words.push(entry);
    else if ('comment' in entry) break;
    else if ('pattern' in entry) words.push(entry.pattern); // no globbing: the word as written
    else {
      const op = entry.op;
      return { error: `"${op}" is shell syntax, which act batch does not run: quote the word that holds it, as in plot "elu(alpha=0.5)" or eval "x*sigmoid(x)"` };
    }
  }
  if (words[0] === 'act') words.shift();
  return words.length === 0 ? undefined : { words };
}

/** The script's command lines, numbered from 1 as an editor numbers them. */
export function batchLines(script: string): BatchLine[] {
  const lines: BatchLine[] = [];
  script.split(/\r?\n/).forEach((text, i) => {
    const read = lineWords(text);
    if (read) lines.push({ line: i + 1, ...read });
  });
  return lines;
}
