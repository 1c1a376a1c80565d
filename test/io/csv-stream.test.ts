import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvHeader, csvRows, numberFormat } from '../../src/io/csv.js';
import { streamCsv } from '../../src/io/csv-stream.js';

async function collect(run: (stream: PassThrough) => Promise<void>): Promise<string> {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d: Buffer) => (text += d.toString('utf8')));
  await run(stream);
  stream.end();
  return text;
}

describe('streamCsv', () => {
  it('writes the same text as csvHeader and csvRows, across chunks and the buffers inside one', async () => {
    // chunks of 3, 20000 (more than one buffer of rows) and 1 values; two labels with derivatives
    const chunks = [Float64Array.of(-1, 0, 1e-300), Float64Array.from({ length: 20_000 }, (_, i) => i / 7 - 1000), Float64Array.of(Infinity)];
    const fillOne = (xs: Float64Array, columns: readonly Float64Array[]) => {
      xs.forEach((x, i) => {
        columns[0][i] = x * 2;
        columns[1][i] = 2;
        columns[2][i] = -x;
        columns[3][i] = -1;
      });
    };
    for (const precision of [undefined, 4]) {
      const text = await collect((s) => streamCsv(s, { labels: ['a', 'b,c'], derivative: true, fill: fillOne, precision }, chunks));
      const format = numberFormat(precision);
      const expected =
        csvHeader(['a', 'b,c'], true) +
        chunks
          .map((xs) => {
            const columns = [0, 1, 2, 3].map(() => new Float64Array(xs.length));
            fillOne(xs, columns);
            return csvRows(xs, columns, format);
          })
          .join('');
      expect(text).toBe(expected);
    }
  });

  it('sizes its buffers by bytes: 20,000 columns write the same text as csvRows', async () => {
    const labels = Array.from({ length: 10_000 }, (_, i) => `f${i}`);
    const chunks = [Float64Array.from({ length: 7 }, (_, i) => i - 3)];
    const fill = (xs: Float64Array, columns: readonly Float64Array[]) => columns.forEach((c, j) => xs.forEach((x, i) => (c[i] = x * j))); // prettier-ignore
    const text = await collect((s) => streamCsv(s, { labels, derivative: true, fill }, chunks));
    const columns = Array.from({ length: 20_000 }, () => new Float64Array(7));
    fill(chunks[0], columns);
    expect(text).toBe(csvHeader(labels, true) + csvRows(chunks[0], columns, numberFormat()));
  });
});

