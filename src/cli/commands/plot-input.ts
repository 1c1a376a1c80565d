/**
 * act plot's data: read from -i FILE (- for stdin), or from stdin when it is a pipe or a file
 * (not a terminal, and not /dev/null: a script that runs `act plot gelu` with no input draws the
 * function). A pipe or file that ends empty counts as no input. --no-stdin leaves stdin alone (for
 * a script whose stdin is a pipe that never ends).
 */
import { RuntimeError, UsageError } from '../../core/errors.js';
import type { Delimiter } from '../../io/fields.js';
import { openInput, stdinHasData } from '../../io/input-source.js';
import { readTable, type LabelColumn } from '../../io/table.js';
import type { PlotData } from '../../plot/data.js';
import { printable } from '../../core/printable.js';
import { MAX_SAMPLES } from '../../render/image-size.js';

export interface PlotInputOptions {
  input?: string;
  /** false with --no-stdin. */
  stdin?: boolean;
  x?: string;
  y?: string[];
  delimiter?: Delimiter;
}

/** Rows kept as they are before y columns are thinned while they stream in (flat memory). */
const THIN_AFTER = 1 << 16;

/**
 * Reads the data; `everyPoint` (a Vega-Lite spec) keeps every row, up to the spec's bound, and
 * otherwise long data is thinned as it is read. `functions`: whether functions are named, to be
 * drawn at the data's x values when it has no y column.
 */
export async function readPlotInput(options: PlotInputOptions, everyPoint: boolean, functions: boolean): Promise<PlotData | undefined> {
  const limits = everyPoint
    ? { maxRows: MAX_SAMPLES.json, tooMany: (rows: number) => new UsageError(`the input has more than ${rows - 1} rows: a Vega-Lite spec keeps every point and takes at most ${MAX_SAMPLES.json} (draw an SVG, PNG or PDF, which thin the data)`) }
    : { thinAfter: THIN_AFTER };
  const path = options.input ?? (options.stdin !== false && stdinHasData() ? '-' : undefined);
  if (path === undefined) {
    const option = options.x !== undefined ? '--x' : options.y !== undefined ? '--y' : options.delimiter !== undefined ? '--delimiter' : undefined;
    if (option) throw new UsageError(`${option} applies to input data: pipe it in, or give -i FILE`);
    return undefined;
  }
  const table = await readTable(openInput(path), { x: options.x, y: options.y, delimiter: options.delimiter, ...limits });
  if (table.rows === 0) {
    if (options.input === undefined) return undefined; // an empty pipe: nothing was piped
    throw new RuntimeError(`${path === '-' ? 'stdin' : printable(path)} holds no data rows`);
  }
  if (table.columns.length === 0 && table.labels && !functions) throw noColumnToDraw(table.labels);
  return { x: table.x, y: table.columns.map((c) => ({ name: c.name, values: c.y, x: c.x })), xName: table.xName };
}

/** Columns, but none of numbers beside x: say which was taken for labels, and, without a header, why its first line is data. */
function noColumnToDraw(labels: LabelColumn): RuntimeError {
  const cell = `line ${labels.line}, column ${labels.column}${labels.name === undefined ? '' : ` (${printable(labels.name)})`}`;
  const text = JSON.stringify(printable(labels.text.length > 40 ? `${labels.text.slice(0, 40)}…` : labels.text));
  const why = labels.name === undefined ? ` (line ${labels.line} is data: a header starts with a name, not a number)` : '';
  return new RuntimeError(`no column of numbers to draw: ${cell} holds ${text}, so that column is taken for labels${why}`);
}
