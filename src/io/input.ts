/**
 * Reading x values from a stream: one value per line, or columns with or without a header row
 * (told by header.ts's rule, as act plot tells it): the column `x`, else the first, or a named one. Values stream in chunks, so input of any length uses flat memory
 * (a record is at most 1 MB, see csv-records.ts).
 */
import { StringDecoder } from 'node:string_decoder';
import { RuntimeError } from '../core/errors.js';
import { CsvRecords, recordText } from './csv-records.js';
import { csvField } from './csv.js';
import { detectDelimiter, splitFields, type Delimiter } from './fields.js';
import { isHeader, noHeaderMessage } from './header.js';
import { parseValue } from './value.js';

export interface InputOptions {
  /** The column to read, by header name. */
  readonly column?: string;
  /** Values per chunk. */
  readonly chunkSize?: number;
  /** The field delimiter; detected from the first record by default (see fields.ts). */
  readonly delimiter?: Delimiter;
  /** Keep each row's fields (as CSV text) beside its x value (act eval --keep). */
  readonly keep?: boolean;
}

/** x values, and with `keep` each row's fields re-encoded as CSV text. */
export interface RowChunk {
  readonly xs: Float64Array;
  readonly kept?: readonly string[];
}

/** What the input's first record said: its column names (a header), and which one holds x. */
export interface InputHeader {
  /** The column names, or undefined when the input has no header row. */
  readonly names?: readonly string[];
  /** The index of the x column. */
  readonly column: number;
  /** Fields in the first record. */
  readonly count: number;
}

/** A short, one-line, printable rendering of a bad input field for an error message. */
function shown(text: string): string {
  const t = text.trim();
  return JSON.stringify(t.length > 40 ? `${t.slice(0, 40)}…` : t);
}

/** Yields the x values of a stream in Float64Array chunks; throws `line N: ...` on bad input. */
export async function* readValues(stream: AsyncIterable<Buffer | string>, options: InputOptions = {}): AsyncGenerator<Float64Array> {
  for await (const chunk of readRows(stream, { ...options, keep: false })) yield chunk.xs;
}

/**
 * Yields the x values of a stream in chunks (with `keep`, each row's fields too); `onHeader` hears
 * what the first record said before the first chunk. Throws `line N: ...` on bad input.
 */
export async function* readRows(
  stream: AsyncIterable<Buffer | string>,
  options: InputOptions = {},
  onHeader: (header: InputHeader) => void = () => {},
): AsyncGenerator<RowChunk> {
  const chunkSize = options.chunkSize ?? 8192;
  const decoder = new StringDecoder('utf8');
  let column: number | undefined; // undefined until the first non-blank line is seen
  let delimiter = options.delimiter;
  let buffer = new Float64Array(chunkSize);
  let kept: string[] = [];
  let filled = 0;

  const take = (record: string, lineNumber: number): void => {
    const line = recordText(record, lineNumber);
    if (line === undefined) return;
    if (column === undefined) {
      delimiter ??= detectDelimiter(line);
      const fields = splitFields(line, delimiter);
      if (isHeader(fields, options.column === undefined ? [] : [options.column])) {
        column = chooseColumn(fields, options.column, lineNumber);
        onHeader({ names: fields.map((f) => f.trim()), column, count: fields.length });
        return;
      }
      if (options.column !== undefined) {
        throw new RuntimeError(noHeaderMessage('--column', options.column, lineNumber));
      }
      column = 0;
      onHeader({ column, count: fields.length });
    }
    const plain = delimiter === ',' && !options.keep && column === 0 && !line.includes('"');
    const fields = plain ? undefined : splitFields(line, delimiter as Delimiter);
    const field = plain ? line.slice(0, (line.indexOf(',') + 1 || line.length + 1) - 1) : fields![column];
    if (field === undefined) throw new RuntimeError(`line ${lineNumber}: has no column ${column + 1}`);
    const v = parseValue(field);
    if (v === undefined) throw new RuntimeError(`line ${lineNumber}: ${shown(field)} is not a number`);
    if (filled === buffer.length) {
      const grown = new Float64Array(2 * buffer.length);
      grown.set(buffer);
      buffer = grown;
    }
    if (options.keep) kept.push(fields!.map((f) => csvField(delimiter === ',' ? f : f.trim())).join(','));
    buffer[filled++] = v;
  };

  const chunkOut = (n: number): RowChunk => {
    const xs = buffer.slice(0, n);
    if (!options.keep) return { xs };
    const rows = kept.slice(0, n);
    kept = kept.slice(n);
    return { xs, kept: rows };
  };

  const records = new CsvRecords();
  for await (const chunk of stream) {
    records.push(typeof chunk === 'string' ? chunk : decoder.write(chunk), take);
    // the buffer grows to hold a chunk's values (a chunk of input is some kB); they leave in chunkSize pieces
    while (filled >= chunkSize) {
      yield chunkOut(chunkSize);
      buffer.copyWithin(0, chunkSize, filled);
      filled -= chunkSize;
    }
  }
  records.push(decoder.end(), take);
  records.end(take);
  if (filled > 0) yield chunkOut(filled);
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
