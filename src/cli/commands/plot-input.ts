/**
 * act plot's data: read from -i FILE (- for stdin), or from stdin when it is a pipe or a file
 * (not a terminal, and not /dev/null: a script that runs `act plot gelu` with no input draws the
 * function). A pipe or file that ends empty counts as no input. --no-stdin leaves stdin alone (for
 * a script whose stdin is a pipe that never ends).
 */
import { RuntimeError, UsageError } from '../../core/errors.js';
import type { Delimiter } from '../../io/fields.js';
import { openInput, stdinHasData } from '../../io/input-source.js';
import { readTable } from '../../io/table.js';
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
 * otherwise long data is thinned as it is read.
 */
export async function readPlotInput(options: PlotInputOptions, everyPoint: boolean): Promise<PlotData | undefined> {
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
  return { x: table.x, y: table.columns.map((c) => ({ name: c.name, values: c.y, x: c.x })), xName: table.xName };
}
