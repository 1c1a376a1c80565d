/**
 * A CSV table that keeps its input's columns (act eval --keep): each input row's fields, as they
 * came, then the computed columns. Chunk by chunk, so memory stays flat for any length.
 */
import type { Writable } from 'node:stream';
import { csvHeader, numberFormat } from './csv.js';
import type { CsvTable } from './csv-stream.js';
import type { RowChunk } from './input.js';
import { ChunkedWriter } from './output.js';

/** `names` are the input's column names (the header of the output's first columns). */
export async function streamKeptCsv(stream: Writable, table: CsvTable, names: readonly string[], chunks: AsyncIterable<RowChunk>): Promise<void> {
  const format = numberFormat(table.precision);
  const out = new ChunkedWriter(stream);
  await out.write(csvHeader(table.labels, table.derivative, names));
  const columnCount = table.labels.length * (table.derivative ? 2 : 1);
  for await (const { xs, kept } of chunks) {
    const columns = Array.from({ length: columnCount }, () => new Float64Array(xs.length));
    table.fill(xs, columns);
    let text = '';
    for (let i = 0; i < xs.length; i++) {
      text += kept![i];
      for (const c of columns) text += `,${format(c[i])}`;
      text += '\n';
    }
    await out.write(text);
  }
  await out.flush();
}
