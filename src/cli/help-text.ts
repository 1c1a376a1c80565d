/**
 * Help laid out for where it is read: wrapped to the terminal's width (COLUMNS, else the
 * terminal's, else 80 off a terminal), never inside a word. Commander wraps the option and
 * command lists; the text after them (notes, examples) goes through wrapParagraphs.
 */
import type { AddHelpTextContext } from 'commander';
import { wrapParagraphs } from '../render/ascii/wrap.js';
import { lineWidth } from './terminal.js';

/** Narrower than this, a help line holds too few words to read; the text runs over instead. */
const MIN_WIDTH = 40;

/** The help's width for a stream: COLUMNS when it is a whole number, else the terminal's columns, else 80. */
function helpWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number {
  return Math.max(MIN_WIDTH, lineWidth({ isTTY: stream.isTTY === true, columns: stream.columns }, env));
}

/** Help width for standard output or, for help shown after a mistake, standard error. */
export const streamHelpWidth = (error: boolean): number => helpWidth(error ? process.stderr : process.stdout, process.env);

/** Text after the generated help: one paragraph a line, wrapped when the help is printed. */
export const epilogue =
  (text: string) =>
  (context: AddHelpTextContext): string =>
    wrapParagraphs(text, streamHelpWidth(context.error));

/** How act eval and act plot tell a header row (the rule is src/io/header.ts), said the same in both commands' help. */
export const HEADER_RULE =
  'Header: the first record is a header row when its first non-empty field is not a number (a record of one field, only when it is x or the column named by --column in act eval, --x or --y in act plot); a record that starts with a number, such as 1,abc, is data. act eval and act plot tell a header by this same rule.';
