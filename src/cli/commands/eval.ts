/** `act eval`: function values as CSV, on a grid or at x values read from stdin or a file. */
import type { Writable } from 'node:stream';
import { UsageError } from '../../core/errors.js';
import { evaluateInto } from '../../core/evaluate.js';
import { gridChunks } from '../../core/grid.js';
import { specsVaried, type Vary } from '../../spec/vary.js';
import { type Spec } from '../../core/spec.js';
import { streamCsv, type CsvTable } from '../../io/csv-stream.js';
import { streamKeptCsv } from '../../io/csv-keep.js';
import { headerName } from '../../io/header.js';
import { readRows, type InputHeader, type RowChunk } from '../../io/input.js';
import { openInput, stdinHasData, wholeInput } from '../../io/input-source.js';
import type { Delimiter } from '../../io/fields.js';
import { checkedRange } from '../options.js';
import { distinctLabels } from '../../core/distinct-labels.js';
import type { DType, ErrorKind } from '../../dtype/types.js';

export interface EvalOptions {
  from?: number;
  to?: number;
  points?: number;
  derivative?: boolean;
  precision?: number;
  input?: string;
  column?: string;
  keep?: boolean;
  delimiter?: Delimiter;
  /** A column per value of a parameter or constant (--vary NAME=VALUES). */
  vary?: Vary;
  /** Compute as PyTorch does in this type (float64, the default: exactly). */
  dtype?: DType;
  /** With a low --dtype: an error column after each value column, against the exact value. */
  error?: ErrorKind;
}

export const EVAL_DEFAULTS = { from: -10, to: 10, points: 201, maxPoints: 1e8 } as const;
/** x values per chunk, read or made, at most; fewer with many columns, so that a chunk's values stay near CHUNK_VALUES. */
const CHUNK = 8192;
const CHUNK_VALUES = 1 << 21;

export async function runEval(specTexts: string[], options: EvalOptions, stdout: Writable): Promise<void> {
  const exact: Spec[] = specsVaried(specTexts, options.vary, 'curves');
  const dtype = options.dtype ?? 'float64';
  if (options.error !== undefined && dtype === 'float64') throw new UsageError('--error needs --dtype float32, bfloat16 or float16: float64 values are the exact ones');
  // the dtype engine is loaded only when asked for: act eval's start stays as it was
  const view = dtype === 'float64' ? undefined : await import('../../dtype/view.js');
  const specs: Spec[] = view ? exact.map((s) => view.inDtype(s, dtype)) : exact;
  const gridGiven = options.from !== undefined || options.to !== undefined || options.points !== undefined;
  if (options.input !== undefined && gridGiven) throw new UsageError('--input cannot be combined with --from, --to or -n');
  const fromStream = options.input !== undefined || (!gridGiven && stdinHasData());
  for (const [given, option] of [[options.column !== undefined, '--column'], [options.keep, '--keep'], [options.delimiter !== undefined, '--delimiter']] as const) {
    if (given && !fromStream) throw new UsageError(`${option} applies to input read from stdin or --input`);
  }
  const columns = specs.length * (options.derivative ? 2 : 1) * (options.error ? 2 : 1);
  const chunk = Math.max(1, Math.min(CHUNK, Math.floor(CHUNK_VALUES / columns)));

  const derivative = options.derivative ?? false;
  const fill = (xs: Float64Array, columns: readonly Float64Array[]): void => {
    let j = 0;
    for (const s of specs) {
      evaluateInto(s.activation, s.params, xs, false, columns[j++]);
      if (derivative) evaluateInto(s.activation, s.params, xs, true, columns[j++]);
    }
  };
  const labels = distinctLabels(specs.map((s) => s.label));
  const table: CsvTable = options.error
    ? (await import('../../dtype/eval-table.js')).dtypeTable({ labels, specs, exact, derivative, dtype, error: options.error, precision: options.precision })
    : { labels, derivative, fill, precision: options.precision };
  if (!fromStream) {
    const [from, to] = checkedRange(options.from, options.to, [EVAL_DEFAULTS.from, EVAL_DEFAULTS.to]);
    return streamCsv(stdout, table, vectorWhole(specs, gridChunks(from, to, options.points ?? EVAL_DEFAULTS.points, chunk)));
  }

  let header: InputHeader | undefined;
  const rows = readRows(openInput(options.input ?? '-'), { column: options.column, delimiter: options.delimiter, keep: options.keep, chunkSize: chunk }, (h) => (header = h));
  // the header row is read with the first chunk: its names head the output
  const first = await rows.next();
  const chunks = (async function* (): AsyncGenerator<RowChunk> {
    if (!first.done) yield first.value;
    yield* rows;
  })();
  if (options.keep) {
    if (specs.some((s) => s.activation.kind === 'vector')) throw new UsageError('--keep cannot be used with a vector function (softmax...): it needs the whole input at once');
    return streamKeptCsv(stdout, table, keptNames(header), chunks);
  }
  // the x column keeps its name: `act eval relu --column gelu` heads its x values gelu, not x;
  // but x for a name that reads as a number (`--column 2`), as a header must start with a name to read back as one
  const named = header?.names?.[header.column];
  const xName = named !== undefined && headerName(named) ? named : 'x';
  return streamCsv(stdout, { ...table, first: [xName] }, vectorWhole(specs, xsOf(chunks)));
}

/** The input's column names, or x, column 2, column 3... when it has no header row. */
function keptNames(header: InputHeader | undefined): string[] {
  if (header?.names) return [...header.names];
  return Array.from({ length: header?.count ?? 1 }, (_, i) => (i === 0 ? 'x' : `column ${i + 1}`));
}

async function* xsOf(chunks: AsyncIterable<RowChunk>): AsyncGenerator<Float64Array> {
  for await (const c of chunks) yield c.xs;
}

/** A vector function (softmax) needs the whole vector at once. */
function vectorWhole(specs: readonly Spec[], chunks: AsyncIterable<Float64Array> | Iterable<Float64Array>): AsyncIterable<Float64Array> | Iterable<Float64Array> {
  return specs.some((s) => s.activation.kind === 'vector') ? wholeInput(chunks, EVAL_DEFAULTS.maxPoints) : chunks;
}
