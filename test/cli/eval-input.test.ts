/** act eval's input (issue 19): TSV and blank-separated columns, --keep, --delimiter, the x column's name. */
import { describe, expect, it } from 'vitest';
import { act, parseCsv } from '../helpers/cli.js';

describe('act eval reads columns by one rule with act plot', () => {
  it('reads TSV and blank-separated columns (the delimiter detected), and --delimiter forces one', () => {
    expect(act(['eval', 'relu'], { input: 'x\ty\n1\t2\n-3\t4\n' }).stdout).toBe('x,relu\n1,1\n-3,0\n');
    expect(act(['eval', 'relu', '--column', 'b'], { input: ' a   b\n1  -2\n  3 4 \n' }).stdout).toBe('b,relu\n-2,0\n4,4\n');
    expect(act(['eval', 'relu', '--delimiter', ';'], { input: 'x;y\n-1;2\n' }).stdout).toBe('x,relu\n-1,0\n');
    // forced to a comma, the tab-separated header is one column, "x\ty"
    const forced = act(['eval', 'relu', '--delimiter', 'comma'], { input: 'x\ty\n1\t2\n' });
    expect(forced.code).toBe(1);
    expect(forced.stderr).toBe('act: line 1: "x\\ty" is not a number\n');
    const bad = act(['eval', 'relu', '--delimiter', 'ab'], { input: '1\n' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^act: --delimiter: "ab" is not a delimiter/);
  });

  it('act eval gelu -n 5 | act eval relu --column gelu --keep has x, gelu and relu columns', () => {
    const first = act(['eval', 'gelu', '-n', '5']);
    const r = act(['eval', 'relu', '--column', 'gelu', '--keep'], { input: first.stdout });
    expect(r.code).toBe(0);
    const { header, rows } = parseCsv(r.stdout);
    expect(header).toEqual(['x', 'gelu', 'relu']);
    const before = parseCsv(first.stdout).rows;
    expect(rows.map((row) => row.slice(0, 2))).toEqual(before);
    expect(rows.map((row) => row[2])).toEqual(before.map(([, g]) => Math.max(0, g)));
  });

  it('names the x column after the column read, so the header says what the values are', () => {
    const r = act(['eval', 'relu', '--column', 'gelu'], { input: act(['eval', 'gelu', '-n', '3']).stdout });
    expect(parseCsv(r.stdout).header).toEqual(['gelu', 'relu']);
  });

  it('--keep keeps every input field as it came (text columns, TSV turned into CSV), across chunks', () => {
    expect(act(['eval', 'relu', '--keep'], { input: 'name\tx\n"a,b"\t-1\nc\t2\n' }).stdout).toBe('name,x,relu\n"a,b",-1,0\nc,2,2\n');
    expect(act(['eval', 'relu', '--keep'], { input: '1,2\n-3,4\n' }).stdout).toBe('x,column 2,relu\n1,2,1\n-3,4,0\n');
    const many = Array.from({ length: 20000 }, (_, i) => `${i - 10000},k${i}\n`).join('');
    const r = act(['eval', 'relu', '--keep', '-d'], { input: `x,tag\n${many}` });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe("x,tag,relu,relu'");
    expect(lines.length).toBe(20001);
    expect(lines[15001]).toBe('5000,k15000,5000,1');
  });

  it('--keep, --delimiter and --column need input', () => {
    for (const option of [['--keep'], ['--delimiter', 'tab'], ['--column', 'x']]) {
      const r = act(['eval', 'relu', '-n', '3', ...option], { input: '1\n' });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`act: ${option[0]} applies to input read from stdin or --input\n`);
    }
  });
});
