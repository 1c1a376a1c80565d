/**
 * Reading x values from a stream: one value per line, or CSV with a header row (the column `x`,
 * else the first, or a named one). Values stream in chunks, so input of any length uses flat memory
 * (a record is at most 1 MB, see csv-records.ts).
 */
import { StringDecoder } from 'node:string_decoder';
import { RuntimeError } from '../core/errors.js';
import { printable } from '../core/printable.js';
import { parseNumber } from '../core/spec.js';
import { CsvRecords } from './csv-records.js';

export interface InputOptions {
  /** The column to read, by header name. */
  readonly column?: string;
  /** Values per chunk. */
  readonly chunkSize?: number;
}

// a Map, not an object: input text such as "constructor" must not find Object.prototype's members
const SPECIAL: ReadonlyMap<string, number> = new Map([
  ['inf', Infinity], ['+inf', Infinity], ['-inf', -Infinity],
  ['infinity', Infinity], ['+infinity', Infinity], ['-infinity', -Infinity],
  ['nan', NaN], ['+nan', NaN], ['-nan', NaN],
]);

/** A number as act reads input: decimal, or inf/infinity/nan in any case, with an optional sign. */
export function parseValue(text: string): number | undefined {
  const t = text.trim();
  return parseNumber(t) ?? SPECIAL.get(t.toLowerCase());
}

/** Splits one CSV line into fields, honouring RFC 4180 quotes. */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
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
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** A short, one-line, printable rendering of a bad input field for an error message. */
function shown(text: string): string {
  const t = text.trim();
  return JSON.stringify(t.length > 40 ? `${t.slice(0, 40)}…` : t);
}

/**
 * Whether the first line is a header: printable text whose first field is not a number, and
 * either several fields or the one name `x` (or the --column name). A lone word such as "abc" is
 * a bad value, not a header.
 */
function isHeader(fields: readonly string[], wanted: string | undefined): boolean {
  // eslint-disable-next-line no-control-regex
  if (fields.some((f) => /[\u0000-\u0008\u000e-\u001f\ufffd]/.test(f))) return false;
  if (parseValue(fields[0]) !== undefined) return false;
  if (fields.length > 1) return true;
  const name = fields[0].trim().toLowerCase();
  return name === 'x' || name === wanted?.toLowerCase();
}

/** Yields the x values of a stream in Float64Array chunks; throws `line N: ...` on bad input. */
export async function* readValues(stream: AsyncIterable<Buffer | string>, options: InputOptions = {}): AsyncGenerator<Float64Array> {
  const chunkSize = options.chunkSize ?? 8192;
  const decoder = new StringDecoder('utf8');
  let column: number | undefined; // undefined until the first non-blank line is seen
  let buffer = new Float64Array(chunkSize);
  let filled = 0;

  const take = (line: string, lineNumber: number): void => {
    if (lineNumber === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') return;
    if (column === undefined) {
      const fields = splitCsvLine(line);
      if (isHeader(fields, options.column)) {
        column = chooseColumn(fields, options.column, lineNumber);
        return;
      }
      if (options.column !== undefined) {
        throw new RuntimeError(`line ${lineNumber}: --column ${printable(options.column)} needs a header row, and the input has none`);
      }
      column = 0;
    }
    const field = column === 0 && !line.includes('"') ? line.slice(0, (line.indexOf(',') + 1 || line.length + 1) - 1) : splitCsvLine(line)[column];
    if (field === undefined) throw new RuntimeError(`line ${lineNumber}: has no column ${column + 1}`);
    const v = parseValue(field);
    if (v === undefined) throw new RuntimeError(`line ${lineNumber}: ${shown(field)} is not a number`);
    if (filled === buffer.length) {
      const grown = new Float64Array(2 * buffer.length);
      grown.set(buffer);
      buffer = grown;
    }
    buffer[filled++] = v;
  };

  const records = new CsvRecords();
  for await (const chunk of stream) {
    records.push(typeof chunk === 'string' ? chunk : decoder.write(chunk), take);
    // the buffer grows to hold a chunk's values (a chunk of input is some kB); they leave in chunkSize pieces
    while (filled >= chunkSize) {
      yield buffer.slice(0, chunkSize);
      buffer.copyWithin(0, chunkSize, filled);
      filled -= chunkSize;
    }
  }
  records.push(decoder.end(), take);
  records.end(take);
  if (filled > 0) yield buffer.slice(0, filled);
  buffer = new Float64Array(0);
}

function chooseColumn(fields: readonly string[], wanted: string | undefined, lineNumber: number): number {
  const names = fields.map((f) => f.trim());
  if (wanted === undefined) {
    const x = names.findIndex((n) => n.toLowerCase() === 'x');
    return x >= 0 ? x : 0;
  }
  const i = names.findIndex((n) => n === wanted);
  const j = i >= 0 ? i : names.findIndex((n) => n.toLowerCase() === wanted.toLowerCase());
  if (j < 0) throw new RuntimeError(`line ${lineNumber}: no column "${wanted}" in the header (columns: ${names.join(', ')})`);
  return j;
}
