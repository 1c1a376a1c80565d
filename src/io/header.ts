/**
 * Whether an input's first record is a header row: the one rule act eval and act plot read their
 * input by (README, "act eval"; both commands' --help).
 *
 * The first record is a header when its first non-empty field is not a number; a record of one
 * field only when that field is `x` or a column named by --column, --x or --y (a lone word such
 * as "abc" is a bad value, refused, not a header skipped). A record holding a control character
 * is never a header: binary or mis-decoded input is refused as not a number, not skipped.
 * So a data row keeps its labels (`1.5,cat` is data), and nothing is read as a header unless it
 * starts as one; act's own CSV output always starts with a name (see eval.ts).
 */
import { printable } from '../core/printable.js';
import { parseValue } from './value.js';

// C0 controls but tab, line feed (inside quotes), vertical tab, form feed and CR; U+FFFD marks bytes that were not UTF-8
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\ufffd]/;

/** Whether `name` can open a header row: non-empty printable text that is not a number. */
export function headerName(name: string): boolean {
  const t = name.trim();
  return t !== '' && !CONTROL.test(t) && parseValue(t) === undefined;
}

/** Whether a first record, split into `fields`, is a header; `named` are the columns the user named. */
export function isHeader(fields: readonly string[], named: readonly string[] = []): boolean {
  if (fields.some((f) => CONTROL.test(f))) return false;
  const first = fields.find((f) => f.trim() !== '');
  if (first === undefined || !headerName(first)) return false;
  if (fields.length > 1) return true;
  const name = first.trim().toLowerCase();
  return name === 'x' || named.some((n) => n.toLowerCase() === name);
}

/** The message for a column named (--column, --x, --y) when the first record, on `line`, is not a header. */
export function noHeaderMessage(option: string, name: string, line: number): string {
  return `${option} ${printable(name)} names a column, and the input has no header row (line ${line} is data: a header starts with a name, not a number)`;
}
