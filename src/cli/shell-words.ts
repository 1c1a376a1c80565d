/**
 * A script split into command lines of words as a POSIX shell splits it, with nothing expanded:
 * blanks separate words; '...' is literal; "..." is literal but for \$ \` \" \\; a backslash
 * outside quotes makes the next character literal, and before a line break joins the two lines;
 * # starts a comment only at the start of a word (a#b is one word). $NAME, ${NAME}, globs and ~
 * stay as written. Shell syntax that act would have to run (a pipe, a redirection, a subshell, a
 * command substitution) is an error on its line, as is a quote left open at the end of a line.
 * One pass over the text. Pure: text in, lines out.
 *
 * Hand-written rather than shell-quote's parse, which ends a word at any # (a#b is a), throws on
 * ${ without its }, and drops a trailing backslash; its fix for # has waited since 2016 (PR #29).
 */

/** A command line by the number of its first line (from 1, as an editor numbers them). */
export type ShellLine = { readonly line: number; readonly words: string[] } | { readonly line: number; readonly error: string };

/** Characters that are shell syntax when unquoted: | & ; < > ( ) and the backquote. */
const OPERATOR = /[|&;<>()`]/;
const BLANK = /[ \t]/;
/** What a backslash escapes inside double quotes; before anything else it stays. */
const DOUBLE_QUOTED_ESCAPES = '$`"\\\n';

const operatorError = (op: string): string =>
  `"${op}" is shell syntax, which act batch does not run: quote the word that holds it, as in plot "elu(alpha=0.5)" or eval "x*sigmoid(x)"`;

interface Read {
  readonly words?: string[];
  readonly error?: string;
  /** Where the next command line starts: after this one's line break. */
  readonly next: number;
  /** The line breaks this command line took (1, and one more for each continuation). */
  readonly breaks: number;
}

/** The end of the command line around `i` (its line break, or the end), counting the breaks it joins. */
function skipLine(text: string, i: number, breaks: number): Read & { error?: never } {
  for (let at = i; ; ) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return { next: text.length + 1, breaks };
    if (text[nl - 1] !== '\\') return { next: nl + 1, breaks: breaks + 1 };
    at = nl + 1;
    breaks++;
  }
}

/** One command line from `start`. */
function readLine(text: string, start: number): Read {
  const words: string[] = [];
  let word = '';
  let started = false; // a word has begun: "" is an empty word, and a # inside a word is literal
  let breaks = 0;
  const endWord = () => {
    if (started) words.push(word);
    word = '';
    started = false;
  };
  const failed = (error: string, at: number): Read => ({ ...skipLine(text, at, breaks), error });
  let i = start;
  for (; i < text.length && text[i] !== '\n'; ) {
    const c = text[i];
    if (BLANK.test(c)) {
      endWord();
      i++;
    } else if (c === '#' && !started) {
      const nl = text.indexOf('\n', i); // a comment: its line break ends it, after a backslash too
      return nl < 0 ? { words, next: text.length + 1, breaks } : { words, next: nl + 1, breaks: breaks + 1 };
    } else if (c === '\\') {
      if (text[i + 1] === '\n') breaks++;
      else if (i + 1 < text.length) {
        word += text[i + 1];
        started = true;
      } // at the very end of the text the backslash goes, as in bash
      i += 2;
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      const nl = text.indexOf('\n', i + 1);
      if (close < 0 || (nl >= 0 && nl < close)) return failed('unclosed single quote', i);
      word += text.slice(i + 1, close);
      started = true;
      i = close + 1;
    } else if (c === '"') {
      started = true;
      for (i++; text[i] !== '"'; i++) {
        if (i >= text.length || text[i] === '\n') return failed('unclosed double quote', Math.min(i, text.length));
        if (text[i] === '\\' && DOUBLE_QUOTED_ESCAPES.includes(text[i + 1] ?? '')) {
          i++;
          if (text[i] === '\n') breaks++;
          else word += text[i];
        } else word += text[i];
      }
      i++;
    } else if (OPERATOR.test(c)) {
      let end = i + 1;
      while (end < text.length && OPERATOR.test(text[end])) end++;
      return failed(operatorError(text.slice(i, end)), i);
    } else {
      word += c;
      started = true;
      i++;
    }
  }
  endWord();
  return { words, next: i + 1, breaks: breaks + (i < text.length ? 1 : 0) };
}

/** The script's command lines, blank ones included (with no words). CRLF line ends are read as LF. */
export function shellLines(script: string): ShellLine[] {
  const text = script.replace(/\r\n/g, '\n');
  const lines: ShellLine[] = [];
  for (let at = 0, line = 1; at <= text.length; ) {
    const read = readLine(text, at);
    lines.push(read.error !== undefined ? { line, error: read.error } : { line, words: read.words ?? [] });
    at = read.next;
    line += read.breaks;
  }
  return lines;
}
