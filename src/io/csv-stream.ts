/**
 * A CSV table streamed to a writable: x and computed columns, chunk by chunk, as bytes in two
 * reused buffers (one is filled while the other is written). Memory stays flat for any length.
 */
import type { Writable } from 'node:stream';
import { csvHeader, encodeCsvRows, maxRowBytes, numberWriter } from './csv.js';
import { ChunkedWriter } from './output.js';

export interface CsvTable {
  /** Column labels after x. */
  readonly labels: readonly string[];
  /** Whether each label has a derivative column after it (labelled with a ', see csvHeader). */
  readonly derivative: boolean;
  /** Fills the value columns (each function, then its derivative if asked) for a chunk of x values. */
  readonly fill: (xs: Float64Array, columns: readonly Float64Array[]) => void;
  /** Significant digits; the shortest round-trip form by default. */
  readonly precision?: number;
  /** The names of the columns before the labels: x by default. */
  readonly first?: readonly string[];
}

/** Rows encoded per buffer, at most; fewer when rows are long, so that a buffer stays near BUFFER_BYTES. */
const ROWS = 8192;
const BUFFER_BYTES = 1 << 20;

export async function streamCsv(stream: Writable, table: CsvTable, chunks: AsyncIterable<Float64Array> | Iterable<Float64Array>): Promise<void> {
  const write = numberWriter(table.precision);
  const out = new ChunkedWriter(stream);
  await out.write(csvHeader(table.labels, table.derivative, table.first));
  const columnCount = table.labels.length * (table.derivative ? 2 : 1);
  const rowBytes = maxRowBytes(columnCount);
  // sized by bytes, not rows × columns: 20,000 columns would ask for a 4 GB buffer
  const rows = Math.max(1, Math.min(ROWS, Math.floor(BUFFER_BYTES / rowBytes)));
  let store: Float64Array[] = [];
  const buffers = [0, 1].map(() => ({ bytes: Buffer.alloc(0), written: Promise.resolve() }));
  let turn = 0;
  for await (const xs of chunks) {
    // the column arrays are reused from chunk to chunk: the rows are bytes before the next one
    if (store.length === 0 || store[0].length < xs.length) store = Array.from({ length: columnCount }, () => new Float64Array(xs.length));
    const columns = store.map((c) => c.subarray(0, xs.length));
    table.fill(xs, columns);
    for (let start = 0; start < xs.length; start += rows) {
      const end = Math.min(xs.length, start + rows);
      const slot = buffers[turn];
      turn = 1 - turn;
      await slot.written;
      if (slot.bytes.length < (end - start) * rowBytes) slot.bytes = Buffer.allocUnsafe(rows * rowBytes);
      const used = encodeCsvRows(xs, columns, write, slot.bytes, 0, start, end);
      slot.written = (await out.writeBytes(slot.bytes.subarray(0, used))).written;
    }
  }
  await out.flush();
  await Promise.all(buffers.map((b) => b.written));
}
