/** CSV writing: RFC 4180 fields, round-trip number formatting, chunks of rows. */

/** Quotes a field when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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

/** The header line: x, then each label (and, with derivatives, `label'` right after it). */
export function csvHeader(labels: readonly string[], derivative: boolean): string {
  const cols = ['x'];
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
