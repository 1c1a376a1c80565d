import { describe, expect, it } from 'vitest';
import { RuntimeError } from '../../src/core/errors.js';
import { CsvRecords } from '../../src/io/csv-records.js';

/** The records of some chunks, as [record, line] pairs. */
function records(chunks: string[], max?: number): [string, number][] {
  const out: [string, number][] = [];
  const r = new CsvRecords(max);
  const sink = (record: string, line: number) => out.push([record, line]);
  for (const c of chunks) r.push(c, sink);
  r.end(sink);
  return out;
}

function failure(chunks: string[], max?: number): string {
  try {
    records(chunks, max);
  } catch (e) {
    expect(e).toBeInstanceOf(RuntimeError);
    return (e as Error).message;
  }
  throw new Error('no error');
}

describe('CSV records', () => {
  it('splits lines, with or without a last line break, in any chunking', () => {
    const want: [string, number][] = [['1', 1], ['22', 2], ['', 3], ['3', 4]];
    expect(records(['1\n22\n\n3'])).toEqual(want);
    expect(records(['1\n22\n\n3\n'])).toEqual(want);
    const text = '1\n22\n\n3\n';
    for (let cut = 0; cut <= text.length; cut++) expect(records([text.slice(0, cut), text.slice(cut)])).toEqual(want);
    expect(records(text.split(''))).toEqual(want);
  });

  it('keeps a quoted line break inside its record (RFC 4180), and numbers records by their first line', () => {
    const text = 'x,note\n1,"a\n5,b"\n2,"say ""hi""\n\n"\n3,c\n';
    const want: [string, number][] = [['x,note', 1], ['1,"a\n5,b"', 2], ['2,"say ""hi""\n\n"', 4], ['3,c', 7]];
    expect(records([text])).toEqual(want);
    for (let cut = 0; cut <= text.length; cut++) expect(records([text.slice(0, cut), text.slice(cut)])).toEqual(want);
  });

  it('refuses an unterminated quote, naming the line where it opens', () => {
    expect(failure(['1\n2,"a\n3\n4\n'])).toBe('line 2: unterminated quote (a quoted field has no closing ")');
    expect(failure(['1\n"'])).toBe('line 2: unterminated quote (a quoted field has no closing ")');
    expect(failure(['7\n8"\n', 'x'.repeat(40) + '\n'], 32)).toBe('line 2: unterminated quote (a quoted field runs on for more than 1 MB)');
  });

  it('caps a record, with or without a line break, whatever the chunking', () => {
    expect(records(['x'.repeat(16) + '\n'], 16)).toEqual([['x'.repeat(16), 1]]);
    expect(records(['x'.repeat(16)], 16)).toEqual([['x'.repeat(16), 1]]);
    expect(failure(['1\n', 'x'.repeat(17) + '\n'], 16)).toBe('line 2: longer than 1 MB');
    expect(failure(['1\n2\n', ...Array.from({ length: 100 }, () => 'yyyyy')], 16)).toBe('line 3: longer than 1 MB');
  });

  it('stops at a NUL character at once, naming its line', () => {
    expect(failure(['\u0000'])).toBe('line 1: binary data (a NUL byte), not text');
    expect(failure(['1\n2\n', '3\n4\u00005\n'])).toBe('line 4: binary data (a NUL byte), not text');
  });
});
