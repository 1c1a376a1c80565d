import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { RuntimeError } from '../../src/core/errors.js';
import { splitCsvLine } from '../../src/io/fields.js';
import { readValues, type InputOptions } from '../../src/io/input.js';
import { parseValue } from '../../src/io/value.js';

async function read(chunks: (string | Buffer)[], options?: InputOptions): Promise<number[]> {
  const out: number[] = [];
  for await (const c of readValues(Readable.from(chunks), options)) out.push(...c);
  return out;
}

async function failure(chunks: string[], options?: InputOptions): Promise<string> {
  try {
    await read(chunks, options);
  } catch (e) {
    expect(e).toBeInstanceOf(RuntimeError);
    return (e as Error).message;
  }
  throw new Error('no error');
}

describe('reading x values', () => {
  it('reads one value per line, in any chunking', async () => {
    expect(await read(['1\n2.5\n-3e2\n'])).toEqual([1, 2.5, -300]);
    expect(await read(['1\n2', '.5\n-3', 'e2'])).toEqual([1, 2.5, -300]);
  });

  it('accepts inf, -inf and nan in any case', async () => {
    const v = await read(['inf\n-INF\nNaN\nInfinity\n-infinity\n']);
    expect(v.slice(0, 2)).toEqual([Infinity, -Infinity]);
    expect(v[2]).toBeNaN();
    expect(v.slice(3)).toEqual([Infinity, -Infinity]);
  });

  it('handles CRLF, a BOM, blank lines and trailing commas', async () => {
    expect(await read(['\ufeff1\r\n\r\n  \n2,\r\n'])).toEqual([1, 2]);
    expect(await read([Buffer.from([0xef, 0xbb]), Buffer.from([0xbf, 0x35, 0x0a])])).toEqual([5]);
  });

  it('reads the column x of CSV with a header, else the first, else a named one', async () => {
    expect(await read(['gelu,x\n0.1,1\n0.2,2\n'])).toEqual([1, 2]);
    expect(await read(['a,b\n1,2\n'])).toEqual([1]);
    expect(await read(['a,b\n1,2\n'], { column: 'b' })).toEqual([2]);
    expect(await read(['x\n7\n'])).toEqual([7]);
    expect(await read(['x,"hardtanh(min=-2,max=3)"\n1,1\n'], { column: 'hardtanh(min=-2,max=3)' })).toEqual([1]);
  });

  it('gives nothing for empty input', async () => {
    expect(await read([])).toEqual([]);
    expect(await read(['\n\n'])).toEqual([]);
  });

  it('names the line of a bad value', async () => {
    expect(await failure(['1\n2\nabc\n'])).toBe('line 3: "abc" is not a number');
    expect(await failure(['abc\n'])).toBe('line 1: "abc" is not a number');
    expect(await failure(['x\n\n0x10\n'])).toBe('line 3: "0x10" is not a number');
    expect(await failure(['\u0001\u0002\n'])).toBe('line 1: "\\u0001\\u0002" is not a number');
    expect(await failure(['\u0000\u0001\u0002\n'])).toBe('line 1: binary data (a NUL byte), not text');
    expect(await failure(['a,b\n1\n'], { column: 'b' })).toBe('line 2: has no column 2');
    expect(await failure(['a,b\n1,2\n'], { column: 'c' })).toBe('line 1: no column "c" in the header (columns: a, b)');
    expect(await failure(['1\n'], { column: 'c' })).toBe('--column c names a column, and the input has no header row (line 1 is data: a header starts with a name, not a number)');
    const long = await failure([`${'9'.repeat(30)}z${'9'.repeat(1_000_000)}\n`]);
    expect(long.length).toBeLessThan(100);
  });

  it('reads "constructor", "__proto__" and other Object.prototype names as text, not numbers', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(await failure([`1\n${name}\n`])).toBe(`line 2: "${name}" is not a number`);
    }
  });

  it('reads a quoted field across lines as one record (RFC 4180), and refuses an unterminated quote', async () => {
    expect(await read(['x,note\n1,"a\n5,b"\n2,c\n'])).toEqual([1, 2]);
    expect(await read(['note,x\n"a\r\n7",1\n"",2\n'])).toEqual([1, 2]);
    expect(await failure(['x,note\n1,"a\n5,b\n2,c\n'])).toBe('line 2: unterminated quote (a quoted field has no closing ")');
  });

  it('caps a line at 1 MB, in any chunking', async () => {
    const digits = '1'.repeat((1 << 20) - 2);
    expect(await read([`0.${digits}\n`])).toEqual([0.1111111111111111]);
    expect(await failure(['1\n', `0.${digits}1\n`])).toBe('line 2: longer than 1 MB');
    expect(await failure(['1\n', ...Array.from({ length: 100 }, () => '5'.repeat(65536))])).toBe('line 2: longer than 1 MB');
  });

  it('streams in chunks of the requested size', async () => {
    const lines = Array.from({ length: 25 }, (_, i) => `${i}\n`).join('');
    const sizes: number[] = [];
    for await (const c of readValues(Readable.from([lines]), { chunkSize: 10 })) sizes.push(c.length);
    expect(sizes).toEqual([10, 10, 5]);
  });

  it('parses values strictly', () => {
    expect(parseValue(' 1.5 ')).toBe(1.5);
    expect(parseValue('.5')).toBe(0.5);
    expect(parseValue('5.')).toBe(5);
    expect(parseValue('1e5')).toBe(1e5);
    for (const bad of ['', '1,5', '0x1f', '1e', '--1', 'infx', '1 2']) expect(parseValue(bad), bad).toBeUndefined();
  });

  it('splits quoted CSV fields', () => {
    expect(splitCsvLine('a,"b,c","d""e"')).toEqual(['a', 'b,c', 'd"e']);
  });
});
