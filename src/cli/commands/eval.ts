/** `act eval`: function values as CSV, on a grid or at x values read from stdin or a file. */
import { createReadStream, fstatSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { UsageError, RuntimeError } from '../../core/errors.js';
import { evaluateInto } from '../../core/evaluate.js';
import { gridPoint } from '../../core/grid.js';
import { parseSpec, type Spec } from '../../core/spec.js';
import { csvHeader, encodeCsvRows, maxRowBytes, numberWriter } from '../../io/csv.js';
import { readValues } from '../../io/input.js';
import { ChunkedWriter } from '../../io/output.js';
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
const CHUNK = 8192;

/** Grid x values in chunks, so that -n 1e8 never holds the whole grid. */
function* gridChunks(from: number, to: number, n: number): Generator<Float64Array> {
  for (let start = 0; start < n; start += CHUNK) {
    const xs = new Float64Array(Math.min(CHUNK, n - start));
    for (let i = 0; i < xs.length; i++) xs[i] = gridPoint(from, to, n, start + i);
    yield xs;
  }
}

/** Whether stdin carries data (a pipe or a file) rather than a terminal or nothing. */
function stdinHasData(): boolean {
  try {
    const s = fstatSync(0);
    return s.isFIFO() || s.isFile() || s.isSocket();
  } catch {
    return false;
  }
}

function openInput(path: string): AsyncIterable<Buffer> {
  if (path === '-') return process.stdin;
  const stream = createReadStream(path);
  stream.on('error', () => {}); // reported where it is read, below
  return (async function* () {
    try {
      for await (const chunk of stream) yield chunk as Buffer;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
      throw new RuntimeError(`cannot read ${path}: ${why}`);
    }
  })();
}

async function* concatenate(chunks: AsyncIterable<Float64Array> | Iterable<Float64Array>): AsyncGenerator<Float64Array> {
  const parts: Float64Array[] = [];
  let n = 0;
  for await (const c of chunks) {
    parts.push(c);
    n += c.length;
  }
  const all = new Float64Array(n);
  let at = 0;
  for (const c of parts) {
    all.set(c, at);
    at += c.length;
  }
  yield all;
}

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
    chunks = gridChunks(from, to, options.points ?? EVAL_DEFAULTS.points);
  }
  // A vector function (softmax) needs the whole vector at once.
  if (specs.some((s) => s.activation.kind === 'vector')) chunks = concatenate(chunks);

  const derivative = options.derivative ?? false;
  const write = numberWriter(options.precision);
  const out = new ChunkedWriter(stdout);
  await out.write(csvHeader(specs.map((s) => s.label), derivative));
  const columnCount = specs.length * (derivative ? 2 : 1);
  const rowBytes = maxRowBytes(columnCount);
  let store: Float64Array[] = [];
  const buffers = [0, 1].map(() => ({ bytes: Buffer.alloc(0), written: Promise.resolve() }));
  let turn = 0;
  for await (const xs of chunks) {
    // the column arrays are reused from chunk to chunk: the rows are bytes before the next one
    if (store.length === 0 || store[0].length < xs.length) store = Array.from({ length: columnCount }, () => new Float64Array(xs.length));
    const columns = store.map((c) => c.subarray(0, xs.length));
    let j = 0;
    for (const s of specs) {
      evaluateInto(s.activation, s.params, xs, false, columns[j++]);
      if (derivative) evaluateInto(s.activation, s.params, xs, true, columns[j++]);
    }
    for (let start = 0; start < xs.length; start += CHUNK) {
      const end = Math.min(xs.length, start + CHUNK);
      // two buffers in turn: one is filled while the other is written, and reused once it is out
      const slot = buffers[turn];
      turn = 1 - turn;
      await slot.written;
      if (slot.bytes.length < (end - start) * rowBytes) slot.bytes = Buffer.allocUnsafe(CHUNK * rowBytes);
      const used = encodeCsvRows(xs, columns, write, slot.bytes, 0, start, end);
      slot.written = (await out.writeBytes(slot.bytes.subarray(0, used))).written;
    }
  }
  await out.flush();
  await Promise.all(buffers.map((b) => b.written));
}
