/**
 * One header rule (src/io/header.ts) for act eval's reader (input.ts) and act plot's (table.ts):
 * the same first records, fed to both, are told a header or data the same way.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordText } from '../../src/io/csv-records.js';
import { headerName, isHeader } from '../../src/io/header.js';
import { readRows } from '../../src/io/input.js';
import { readTable } from '../../src/io/table.js';

type Told = 'header' | 'data' | `refused: ${string}`;

/** How act eval's reader takes `text` (one record): a header, data, or an error before either. */
async function evalTells(text: string, column?: string): Promise<Told> {
  let names: readonly string[] | undefined;
  let heard = false;
  try {
    for await (const chunk of readRows(Readable.from([text]), column === undefined ? {} : { column }, (h) => ((heard = true), (names = h.names)))) void chunk;
  } catch (e) {
    if (!heard) return `refused: ${(e as Error).message}`;
  }
  return names ? 'header' : 'data';
}

/**
 * How act plot's reader takes `text` (one record): with no row after it, a header leaves a table of
 * no rows, and data a row or an error about a cell of line 1.
 */
async function plotTells(text: string, x?: string): Promise<Told> {
  try {
    const table = await readTable(Readable.from([text]), x === undefined ? {} : { x });
    return table.rows === 0 ? 'header' : 'data';
  } catch (e) {
    const message = (e as Error).message;
    if (/^line 1, column \d+: .* is not a number$/.test(message)) return 'data';
    return `refused: ${message}`;
  }
}

// first records, and how both commands must take them
const CASES: readonly [string, 'header' | 'data'][] = [
  ['x', 'header'],
  ['x,y', 'header'],
  ['X', 'header'],
  ['1,abc', 'data'], // act eval read it as data and act plot as a header before the rule was one
  ['1.5,cat', 'data'],
  ['abc', 'data'], // a lone word is a bad value, not a header
  ['1,2', 'data'],
  ['a,1', 'header'],
  ['"x",y', 'header'],
  ['"1",abc', 'data'], // quotes make no name of a number
  ['\ufeffx,y', 'header'],
  ['\ufeff1,abc', 'data'],
  ['x,y\r', 'header'],
  ['x\ty', 'header'],
  ['1\tabc', 'data'],
  ['x y', 'header'],
  ['  x   y  ', 'header'],
  ['1 abc', 'data'],
  ['x\u0001,y', 'data'], // a control character: never a header
  ['a,b\u001b[31m', 'data'],
  ['x,\ufffd', 'data'], // bytes that were not UTF-8
  [',a,b', 'header'], // pandas' index column has no name
  [',1,2', 'data'],
  ['inf,y', 'data'],
  ['-NaN,y', 'data'],
  ['constructor,y', 'header'],
];

describe('one header rule for act eval and act plot', () => {
  it.each(CASES)('%j is told %s by both readers', async (line, told) => {
    expect(await evalTells(`${line}\n`)).toBe(told);
    expect(await plotTells(`${line}\n`)).toBe(told);
  });

  it('a tab or comma inside quotes does not decide the delimiter, in both', async () => {
    for (const text of ['x,"a\tb"\n1,2\n', '"a,b"\tx\n1\t2\n']) {
      const xs: number[] = [];
      for await (const chunk of readRows(Readable.from([text]))) xs.push(...chunk.xs);
      const table = await readTable(Readable.from([text]));
      expect([xs, [...table.x], table.columns.map((c) => [...c.y])], text).toEqual(text.startsWith('x') ? [[1], [1], [[2]]] : [[2], [2], [[1]]]);
    }
  });

  it('a lone field is a header when it is x or the column an option names, in both', async () => {
    expect(await evalTells('t\n', 't')).toBe('header');
    expect(await plotTells('t\n', 't')).toBe('header');
    expect(await evalTells('T\n', 't')).toBe('header');
    expect(await plotTells('T\n', 't')).toBe('header');
    expect(await evalTells('t\n')).toBe('data');
    expect(await plotTells('t\n')).toBe('data');
    // a number is data even when an option names it: the option then finds no header
    expect(await evalTells('2\n', '2')).toMatch(/^refused: --column 2 names a column, and the input has no header row/);
    expect(await plotTells('2\n', '2')).toBe('refused: --x 2 names a column, and the input has no header row (line 1 is data: a header starts with a name, not a number)');
  });

  it('any first record is told the same way by both readers (fast-check)', async () => {
    const piece = fc.constantFrom('x', 'a', 'T', '1', '-2.5', 'inf', 'nan', 'e', ',', ',', '\t', ' ', '"', '\u0001', '\ufffd', '\ufeff', '\r');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 8 }), async (pieces) => {
        const line = pieces.join('');
        fc.pre(recordText(line, 1) !== undefined); // a blank record is skipped by both
        // an unterminated quote is refused by both alike, with the same message
        expect(await evalTells(`${line}\n`)).toBe(await plotTells(`${line}\n`));
      }),
      { numRuns: 300 },
    );
  });

  it('a name opens a header; a number, an empty field or a control character does not', () => {
    expect(isHeader(['', 'a'])).toBe(true);
    expect(isHeader(['', '1'])).toBe(false);
    expect(isHeader(['t'], ['T'])).toBe(true);
    expect(isHeader(['t'])).toBe(false);
    for (const name of ['x', 'gelu', 'elu(alpha=0.5)', "relu'", 'beta=0.5', 'name']) expect(headerName(name), name).toBe(true);
    for (const name of ['2', '1e3', '-inf', 'NaN', '', '  ', 'a\u0001']) expect(headerName(name), name).toBe(false);
  });
});
