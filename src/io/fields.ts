/**
 * Splitting a record into fields: CSV (RFC 4180 quotes), TSV, or columns separated by blanks.
 * The delimiter is detected from the first record unless given (--delimiter), and then kept for
 * the whole input: act eval and act plot read their input by this one rule.
 */
import { UsageError } from '../core/errors.js';
import { printable } from '../core/printable.js';

/** A single character, or 'blank': any run of spaces and tabs, leading and trailing ones ignored. */
export type Delimiter = string;
export const BLANK = 'blank';

const NAMES: ReadonlyMap<string, Delimiter> = new Map([
  ['comma', ','],
  ['tab', '\t'],
  ['\\t', '\t'],
  ['space', BLANK],
  ['blank', BLANK],
  ['whitespace', BLANK],
  [' ', BLANK],
  ['semicolon', ';'],
]);

/** --delimiter's value: one character, or comma, tab (or \t), space (any blanks), semicolon. */
export function parseDelimiter(text: string): Delimiter {
  const named = NAMES.get(text.toLowerCase());
  if (named !== undefined) return named;
  if (text.length === 1 && text !== '"' && text !== '\n' && text !== '\r') return text;
  throw new UsageError(`--delimiter: "${printable(text)}" is not a delimiter (use one character, or comma, tab, space, semicolon)`);
}

/**
 * The delimiter of an input whose first record is `line`: a tab, else a comma, else blanks. A tab
 * or comma inside a quoted field does not count: act eval's header quotes a label that holds one.
 */
export function detectDelimiter(line: string): Delimiter {
  const unquoted = line.includes('"') ? line.replace(/"[^"]*"/g, '') : line;
  if (unquoted.includes('\t')) return '\t';
  if (unquoted.includes(',')) return ',';
  if (/\S[ \t]+\S/.test(line)) return BLANK;
  return ',';
}

/** Splits one record into fields, honouring RFC 4180 quotes. */
export function splitCsvLine(line: string, delimiter = ','): string[] {
  if (!line.includes('"')) return line.split(delimiter);
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** The fields of one record under a delimiter. */
export function splitFields(line: string, delimiter: Delimiter): string[] {
  if (delimiter === BLANK) {
    const t = line.trim();
    return t === '' ? [''] : t.split(/[ \t]+/);
  }
  return splitCsvLine(line, delimiter);
}
