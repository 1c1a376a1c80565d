/**
 * A table of numbers read from a stream, for act plot: an x column and the y columns, by the rules
 * act eval reads x values by (input.ts): a header row or none (header.ts), CSV, TSV or
 * blank-separated columns (fields.ts). Only the chosen columns are kept, as 8-byte numbers: 10^6
 * rows of x and one y take 16 MB, however wide the text was.
 */
import { StringDecoder } from 'node:string_decoder';
import { RuntimeError, UsageError } from '../core/errors.js';
import { printable } from '../core/printable.js';
import { CsvRecords, recordText } from './csv-records.js';
import { detectDelimiter, splitFields, type Delimiter } from './fields.js';
import { isHeader, noHeaderMessage } from './header.js';
import { parseValue } from './value.js';
import { StreamThinner } from './stream-thin.js';

export interface TableOptions {
  /** The x column by header name (default `x`, else the first). */
  readonly x?: string;
  /** The y columns by header name (default every other numeric column). */
  readonly y?: readonly string[];
  readonly delimiter?: Delimiter;
  /**
   * Rows kept as they are; past them, y columns are thinned as they stream in (stream-thin.ts),
   * so memory stays flat. Default: every row kept.
   */
  readonly thinAfter?: number;
  /** The most rows accepted (a Vega-Lite spec keeps every one); past it, `tooMany` is thrown. */
  readonly maxRows?: number;
  readonly tooMany?: (rows: number) => Error;
}

/** A y column against its x values (the table's x, or the points thinning kept). */
export interface TableColumn {
  readonly name: string;
  readonly x: Float64Array;
  readonly y: Float64Array;
}

export interface Table {
  /** The x column's name (`x` without a header). */
  readonly xName: string;
  /** Every x value (a table without y columns is x values, never thinned); empty once thinned. */
  readonly x: Float64Array;
  readonly columns: readonly TableColumn[];
  /** The rows read. */
  readonly rows: number;
  /** The first column left out as labels, chosen by its values: its first data cell is text. */
  readonly labels?: LabelColumn;
}

/** A column left out of the y columns because its first data cell is text, not a number. */
export interface LabelColumn {
  /** The cell's line (the first data row's), and its column, from 1. */
  readonly line: number;
  readonly column: number;
  /** The column's name in the header row; undefined without one. */
  readonly name?: string;
  readonly text: string;
}

/** A column of numbers that grows by doubling. */
class Column {
  values = new Float64Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(2 * this.values.length);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = v;
  }
  /** The values, trimmed (one copy, once). */
  done(): Float64Array {
    return this.values.slice(0, this.length);
  }
}

const shown = (text: string): string => JSON.stringify(printable(text.length > 40 ? `${text.slice(0, 40)}…` : text));

function columnIndex(names: readonly string[], wanted: string, option: string, line: number): number {
  const i = names.indexOf(wanted);
  const j = i >= 0 ? i : names.findIndex((n) => n.toLowerCase() === wanted.toLowerCase());
  if (j < 0) throw new UsageError(`${option} ${printable(wanted)}: no such column in the header on line ${line} (columns: ${printable(names.join(', '))})`);
  return j;
}

interface Layout {
  readonly xIndex: number;
  readonly xName: string;
  /** The y columns' indices and names; undefined until the first data row when they are chosen by their values. */
  yIndices?: number[];
  readonly names: readonly string[];
  readonly header: boolean;
}

/** Reads the whole table; throws `line N, column C: ...` on a cell that is not a number. */
export async function readTable(stream: AsyncIterable<Buffer | string>, options: TableOptions = {}): Promise<Table> {
  const decoder = new StringDecoder('utf8');
  let delimiter = options.delimiter;
  let layout: Layout | undefined;
  let x = new Column();
  let ys: Column[] = [];
  let rows = 0;
  let thinners: StreamThinner[] | undefined;
  let labels: LabelColumn | undefined;
  const thinAfter = options.thinAfter ?? Infinity;

  /** Past thinAfter rows: the rows so far go into thinners, and the buffers go. */
  const startThinning = (): void => {
    let [lo, hi] = [Infinity, -Infinity];
    for (let i = 0; i < x.length; i++) if (Number.isFinite(x.values[i])) [lo, hi] = [Math.min(lo, x.values[i]), Math.max(hi, x.values[i])];
    if (!(lo <= hi)) [lo, hi] = [0, 1];
    thinners = ys.map(() => new StreamThinner(lo, hi));
    ys.forEach((column, k) => {
      for (let i = 0; i < x.length; i++) thinners![k].add(i, x.values[i], column.values[i]);
    });
    x = new Column();
    ys = [];
  };

  const firstRecord = (fields: string[], line: number): Layout => {
    if (isHeader(fields, [...(options.x === undefined ? [] : [options.x]), ...(options.y ?? [])])) {
      const names = fields.map((f) => f.trim());
      const xIndex = options.x === undefined ? Math.max(0, names.findIndex((n) => n.toLowerCase() === 'x')) : columnIndex(names, options.x, '--x', line);
      const yIndices = options.y?.map((n) => columnIndex(names, n, '--y', line));
      return { xIndex, xName: names[xIndex], yIndices, names, header: true };
    }
    if (options.x !== undefined || options.y !== undefined) {
      throw new UsageError(options.x !== undefined ? noHeaderMessage('--x', options.x, line) : noHeaderMessage('--y', options.y!.join(','), line));
    }
    const names = fields.map((_, i) => (i === 0 ? 'x' : fields.length === 2 ? 'y' : `column ${i + 1}`));
    return { xIndex: 0, xName: 'x', names, header: false };
  };

  const take = (record: string, line: number): void => {
    const text = recordText(record, line);
    if (text === undefined) return;
    delimiter ??= detectDelimiter(text);
    const fields = splitFields(text, delimiter);
    if (layout === undefined) {
      layout = firstRecord(fields, line);
      if (layout.header) return;
    }
    if (layout.yIndices === undefined) {
      // every other column that holds a number in the first row (a column of names is left out)
      layout.yIndices = fields.map((_, i) => i).filter((i) => i !== layout!.xIndex && (fields[i].trim() === '' || parseValue(fields[i]) !== undefined));
      const left = fields.findIndex((_, i) => i !== layout!.xIndex && !layout!.yIndices!.includes(i));
      if (left >= 0) labels = { line, column: left + 1, text: fields[left].trim(), ...(layout.header ? { name: layout.names[left] } : {}) };
    }
    if (rows === 0) ys = layout.yIndices.map(() => new Column());
    if (++rows > (options.maxRows ?? Infinity)) throw options.tooMany!(rows);
    const u = cell(fields, layout.xIndex, layout, line);
    if (thinners) {
      layout.yIndices.forEach((c, k) => thinners![k].add(rows - 1, u, cell(fields, c, layout!, line)));
      return;
    }
    x.push(u);
    layout.yIndices.forEach((c, k) => ys[k].push(cell(fields, c, layout!, line)));
    if (rows === thinAfter && ys.length > 0) startThinning();
  };

  const records = new CsvRecords();
  for await (const chunk of stream) records.push(typeof chunk === 'string' ? chunk : decoder.write(chunk), take);
  records.push(decoder.end(), take);
  records.end(take);
  if (layout === undefined) return { xName: options.x ?? 'x', x: new Float64Array(0), columns: [], rows: 0 };
  const found = labels === undefined ? {} : { labels };
  const l: Layout = layout;
  const names = (l.yIndices ?? []).map((i) => l.names[i]);
  if (thinners) return { xName: l.xName, x: new Float64Array(0), columns: thinners.map((t, k) => ({ name: names[k], ...t.points() })), rows, ...found };
  const xs = x.done();
  return { xName: l.xName, x: xs, columns: ys.map((c, k) => ({ name: names[k], x: xs, y: c.done() })), rows, ...found };
}

/** One cell as a number: NaN where it is empty (a gap), else it must read as one. */
function cell(fields: readonly string[], index: number, layout: Layout, line: number): number {
  const text = fields[index];
  if (text === undefined) throw new RuntimeError(`${where(index, layout, line)}: missing (the row has ${fields.length} field${fields.length === 1 ? '' : 's'})`);
  if (text.trim() === '') return NaN;
  const v = parseValue(text);
  if (v === undefined) throw new RuntimeError(`${where(index, layout, line)}: ${shown(text.trim())} is not a number`);
  return v;
}

/** A cell's place for a message; built only on an error, as cell() runs for every cell of the table. */
function where(index: number, layout: Layout, line: number): string {
  return `line ${line}, column ${index + 1}${layout.header ? ` (${printable(layout.names[index] ?? '')})` : ''}`;
}
