/** act eval and act plot tell a header row by one rule (src/io/header.ts), and act's own CSV reads back with its header. */
import { describe, expect, it } from 'vitest';
import { act, actOk, parseCsv } from '../helpers/cli.js';

interface Layer {
  mark: { type: string };
  data?: { values: { series: string; x: number; y: number | null }[] };
}

/** The series of act plot's Vega-Lite spec, with their x values. */
function seriesOf(json: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const l of (JSON.parse(json) as { layer: Layer[] }).layer) {
    for (const r of l.data?.values ?? []) if (l.mark.type === 'line') out.set(r.series, [...(out.get(r.series) ?? []), r.x]);
  }
  return out;
}

describe('one header rule for act eval and act plot', () => {
  it('printf "1,abc\\n2,3\\n" | act eval relu: line 1 is data, x = 1', () => {
    const r = actOk(['eval', 'relu'], { input: '1,abc\n2,3\n' });
    expect(r.stdout).toBe('x,relu\n1,1\n2,2\n');
  });

  it('printf "1,abc\\n2,3\\n" | act plot: line 1 is data too, and its text column is labels: nothing to draw, exit 1', () => {
    for (const args of [['plot'], ['plot', '--format', 'json', '-o', '-']]) {
      const r = act(args, { input: '1,abc\n2,3\n' });
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('act: no column of numbers to draw: line 1, column 2 holds "abc", so that column is taken for labels (line 1 is data: a header starts with a name, not a number)\n');
      expect(r.code).toBe(1);
    }
    // with a header, the message names the column and says nothing of line 1
    const named = act(['plot'], { input: 'x,name\n1,abc\n' });
    expect(named.stderr).toBe('act: no column of numbers to draw: line 2, column 2 (name) holds "abc", so that column is taken for labels\n');
    expect(named.code).toBe(1);
    // with a function, the data's x values are where it is drawn: both rows
    const drawn = actOk(['plot', 'relu', '--format', 'json', '-o', '-'], { input: '1,abc\n2,3\n' });
    expect([...seriesOf(drawn.stdout)]).toEqual([['relu', [1, 2]]]);
  });

  it('a column named by --column or --x in a first line that is data: the same words in both', () => {
    const e = act(['eval', 'relu', '--column', 'abc'], { input: '1,abc\n2,3\n' });
    expect(e.stderr).toBe('act: --column abc names a column, and the input has no header row (line 1 is data: a header starts with a name, not a number)\n');
    expect(e.code).toBe(1);
    const p = act(['plot', '--x', 'abc'], { input: '1,abc\n2,3\n' });
    expect(p.stderr).toBe('act: --x abc names a column, and the input has no header row (line 1 is data: a header starts with a name, not a number)\n');
    expect(p.code).toBe(2);
  });

  it("act eval's output reads back with its header in act eval and act plot", () => {
    const outputs = [
      act(['eval', 'gelu', '-n', '3']).stdout,
      act(['eval', 'gelu', 'elu(alpha=0.5)', '-d', '-n', '3']).stdout,
      act(['eval', 'swish', '--vary', 'beta=0.5,1', '-n', '3']).stdout,
      act(['eval', 'sigmoid', '--dtype', 'float16', '--error', 'ulp', '-n', '3']).stdout,
      act(['eval', 'relu', '--keep'], { input: '1,2\n3,4\n5,6\n' }).stdout,
      act(['eval', 'relu', '--column', 'gelu'], { input: act(['eval', 'gelu', '-n', '3']).stdout }).stdout,
      // a column named by a number heads the output x: "2,relu" would read back as data
      act(['eval', 'relu', '--column', '2'], { input: act(['eval', '2', '-n', '3']).stdout }).stdout,
      // a label may hold a tab: quoted, so that the header is not taken for TSV
      act(['eval', 'a\tb=relu', '-n', '3']).stdout,
    ];
    expect(outputs[6]).toBe('x,relu\n2,2\n2,2\n2,2\n');
    expect(outputs[7]).toBe('x,"a\tb"\n-10,0\n0,0\n10,10\n');
    for (const csv of outputs) {
      const { header, rows } = parseCsv(csv);
      expect(rows.length, csv).toBe(3);
      expect(parseCsv(actOk(['eval', 'relu'], { input: csv }).stdout).rows.length, csv).toBe(3);
      const series = seriesOf(actOk(['plot', '--format', 'json', '-o', '-'], { input: csv }).stdout);
      expect([...series.keys()], csv).toEqual(header.slice(1));
      for (const xs of series.values()) expect(xs, csv).toEqual(rows.map((r) => r[0]));
    }
  });

  it("both commands' help says the rule in the same words", () => {
    const paragraph = (command: string): string => {
      const help = actOk([command, '--help'], { env: { COLUMNS: '1000' } }).stdout;
      return help.split('\n').find((l) => l.startsWith('Header: ')) ?? '';
    };
    expect(paragraph('eval')).toMatch(/^Header: the first record is a header row when its first non-empty field is not a number/);
    expect(paragraph('plot')).toBe(paragraph('eval'));
    // and --column says what heads the x column it read (2 | --column 2 heads it x, as the output above reads back)
    expect(actOk(['eval', '--help'], { env: { COLUMNS: '1000' } }).stdout).toMatch(/--column <name> .*the output heads its x column so \(x for a name that reads as a number\)/);
  });
});
