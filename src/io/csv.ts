/** CSV writing: RFC 4180 fields, round-trip number formatting, chunks of rows. */
import { SHORTEST_MAX_BYTES, writeShortest } from './shortest.js';

/** Quotes a field when it holds a comma, a quote or a line break (RFC 4180), or a tab: read back, it must not look like TSV. */
export function csvField(text: string): string {
  return /[",\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export type NumberFormat = (x: number) => string;

/**
 * The shortest string that reads back to the same double (JavaScript's own, so Infinity,
 * -Infinity and NaN as such), or, with a precision, the value rounded to that many significant
 * digits and then written the shortest way.
 */
export function numberFormat(precision?: number): NumberFormat {
  if (precision === undefined) return String;
  return (x) => (Number.isFinite(x) ? String(Number(x.toPrecision(precision))) : String(x));
}

/** The header line: x (or the names given), then each label (and, with derivatives, `label'` right after it). */
export function csvHeader(labels: readonly string[], derivative: boolean, first: readonly string[] = ['x']): string {
  const cols = first.map(csvField);
  for (const l of labels) {
    cols.push(csvField(l));
    if (derivative) cols.push(csvField(`${l}'`));
  }
  return `${cols.join(',')}\n`;
}

/** Rows from..to-1 of a table whose first column is xs and whose other columns are `columns`. */
export function csvRows(xs: ArrayLike<number>, columns: readonly ArrayLike<number>[], format: NumberFormat, from = 0, to = xs.length): string {
  let s = '';
  const k = columns.length;
  for (let i = from; i < to; i++) {
    let row = format(xs[i]);
    for (let j = 0; j < k; j++) row += `,${format(columns[j][i])}`;
    s += `${row}\n`;
  }
  return s;
}

/** Writes one number as ASCII bytes into out at `at`; returns the position after it. */
export type NumberWriter = (x: number, out: Uint8Array, at: number) => number;

/**
 * The byte form of numberFormat: the shortest round-trip form written straight into a buffer
 * (the same characters as String(x), without making a string), or, with a precision, the
 * characters numberFormat(precision) gives.
 */
export function numberWriter(precision?: number): NumberWriter {
  if (precision === undefined) return writeShortest;
  const format = numberFormat(precision);
  return (x, out, at) => {
    const text = format(x);
    for (let i = 0; i < text.length; i++) out[at + i] = text.charCodeAt(i);
    return at + text.length;
  };
}

/** The most bytes one row of a table with `columns` value columns (plus x) can take. */
export function maxRowBytes(columns: number): number {
  return (columns + 1) * (SHORTEST_MAX_BYTES + 1);
}

/**
 * Writes rows from..to-1 (x, then each column) as CSV bytes into out from `at`, which must have
 * room for (to - from) * maxRowBytes(columns.length) bytes; returns the position after them.
 */
export function encodeCsvRows(
  xs: ArrayLike<number>,
  columns: readonly ArrayLike<number>[],
  write: NumberWriter,
  out: Uint8Array,
  at: number,
  from = 0,
  to = xs.length,
): number {
  const k = columns.length;
  for (let i = from; i < to; i++) {
    at = write(xs[i], out, at);
    for (let j = 0; j < k; j++) {
      out[at++] = 44; // ,
      at = write(columns[j][i], out, at);
    }
    out[at++] = 10; // \n
  }
  return at;
}
