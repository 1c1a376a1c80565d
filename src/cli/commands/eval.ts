/** `act eval`: function values as CSV, on a grid or at x values read from stdin or a file. */
import type { Writable } from 'node:stream';
import { UsageError } from '../../core/errors.js';
import { evaluateInto } from '../../core/evaluate.js';
import { gridChunks } from '../../core/grid.js';
import { parseSpec } from '../../spec/parse.js';
import { type Spec } from '../../core/spec.js';
import { streamCsv } from '../../io/csv-stream.js';
import { readValues } from '../../io/input.js';
import { openInput, stdinHasData, wholeInput } from '../../io/input-source.js';
import { checkedRange } from '../options.js';

export interface EvalOptions {
  from?: number;
  to?: number;
  points?: number;
  derivative?: boolean;
  precision?: number;
  input?: string;
  column?: string;
}

export const EVAL_DEFAULTS = { from: -10, to: 10, points: 201, maxPoints: 1e8 } as const;
/** x values per chunk, read or made. */
const CHUNK = 8192;

export async function runEval(specTexts: string[], options: EvalOptions, stdout: Writable): Promise<void> {
  const specs: Spec[] = specTexts.map(parseSpec);
  const gridGiven = options.from !== undefined || options.to !== undefined || options.points !== undefined;
  if (options.input !== undefined && gridGiven) throw new UsageError('--input cannot be combined with --from, --to or -n');
  if (options.column !== undefined && options.input === undefined && (gridGiven || !stdinHasData())) {
    throw new UsageError('--column applies to input read from stdin or --input');
  }
  const fromStream = options.input !== undefined || (!gridGiven && stdinHasData());

  let chunks: AsyncIterable<Float64Array> | Iterable<Float64Array>;
  if (fromStream) {
    chunks = readValues(openInput(options.input ?? '-'), { column: options.column, chunkSize: CHUNK });
  } else {
    const [from, to] = checkedRange(options.from, options.to, [EVAL_DEFAULTS.from, EVAL_DEFAULTS.to]);
    chunks = gridChunks(from, to, options.points ?? EVAL_DEFAULTS.points, CHUNK);
  }
  if (specs.some((s) => s.activation.kind === 'vector')) chunks = wholeInput(chunks);

  const derivative = options.derivative ?? false;
  const fill = (xs: Float64Array, columns: readonly Float64Array[]): void => {
    let j = 0;
    for (const s of specs) {
      evaluateInto(s.activation, s.params, xs, false, columns[j++]);
      if (derivative) evaluateInto(s.activation, s.params, xs, true, columns[j++]);
    }
  };
  await streamCsv(stdout, { labels: specs.map((s) => s.label), derivative, fill, precision: options.precision }, chunks);
}
