/** act plot with data (issue 19): piped or -i, x values or columns, in the terminal and as Vega-Lite. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { act, BIN, parseCsv, ROOT } from '../helpers/cli.js';

interface Row {
  series: string;
  x: number;
  y: number | null;
}
interface Layer {
  mark: { type: string };
  data?: { values: Row[] };
}

/** The Vega-Lite spec's layers of data: line and point rows by series. */
function layers(json: string): { lines: Map<string, Row[]>; points: Map<string, Row[]> } {
  const spec = JSON.parse(json) as { layer: Layer[] };
  const bySeries = (type: string): Map<string, Row[]> => {
    const out = new Map<string, Row[]>();
    for (const l of spec.layer.filter((l) => l.mark.type === type)) for (const r of l.data!.values) out.set(r.series, [...(out.get(r.series) ?? []), r]);
    return out;
  };
  return { lines: bySeries('line'), points: bySeries('point') };
}

const tsv = 'x\tmeasured\n-3\t-0.004\n-2\t-0.05\n-1\t-0.16\n0\t0\n1\t0.84\n2\t1.95\n3\t2.996\n';

describe('act plot reads data from a pipe', () => {
  it('act eval gelu gelu_tanh --from -4 --to 4 | act plot draws two labelled series', () => {
    const csv = act(['eval', 'gelu', 'gelu_tanh', '--from', '-4', '--to', '4']).stdout;
    const text = act(['plot', '-w', '70', '-H', '18'], { input: csv });
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0].trim()).toBe('gelu, gelu_tanh');
    expect(lines.at(-2)!.trim()).toBe('── gelu   ━━ gelu_tanh');
    // both lines are drawn, though they nearly coincide: neither erases the other
    const plotArea = lines.slice(1, -4).join('\n');
    expect(plotArea).toMatch(/━/);
    expect(plotArea).toMatch(/─/);
    // the spec carries every value, as eval wrote it
    const spec = layers(act(['plot', '--format', 'json', '-o', '-'], { input: csv }).stdout);
    const { rows } = parseCsv(csv);
    expect([...spec.lines.keys()]).toEqual(['gelu', 'gelu_tanh']);
    expect(spec.lines.get('gelu')!.map((r) => [r.x, r.y])).toEqual(rows.map((r) => [r[0], r[1]]));
    expect(spec.lines.get('gelu_tanh')!.map((r) => [r.x, r.y])).toEqual(rows.map((r) => [r[0], r[2]]));
    expect(spec.points.size).toBe(0);
  });

  it('seq -3 3 | act plot relu draws relu at those seven points, as points joined by a line', () => {
    const seq = '-3\n-2\n-1\n0\n1\n2\n3\n';
    const text = act(['plot', 'relu', '-w', '60', '-H', '16'], { input: seq });
    expect(text.code).toBe(0);
    expect(text.stdout.match(/●/g)?.length).toBe(8); // seven points and the legend's ─●
    expect(text.stdout).toMatch(/─● relu\n$/);
    expect(text.stdout).toMatch(/╭─●/); // the line joins them
    const spec = layers(act(['plot', 'relu', '--format', 'json', '-o', '-'], { input: seq }).stdout);
    const expected = [-3, -2, -1, 0, 1, 2, 3].map((x) => ({ series: 'relu', x, y: Math.max(0, x) }));
    expect(spec.lines.get('relu')).toEqual(expected);
    expect(spec.points.get('relu')).toEqual(expected);
    // without the pipe, the function is drawn on its own grid
    expect(act(['plot', 'relu', '-w', '60', '-H', '16']).stdout).not.toMatch(/●/);
  });

  it('draws data as points and the functions as lines over the data\'s x range, unless --from/--to', () => {
    const spec = layers(act(['plot', 'gelu', '--format', 'json', '-o', '-'], { input: tsv }).stdout);
    expect(spec.points.get('measured')!.map((r) => r.x)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    const gelu = spec.lines.get('gelu')!;
    expect([gelu[0].x, gelu.at(-1)!.x]).toEqual([-3, 3]);
    const wide = layers(act(['plot', 'gelu', '--from', '-5', '--to', '5', '--format', 'json', '-o', '-'], { input: tsv }).stdout).lines.get('gelu')!;
    expect([wide[0].x, wide.at(-1)!.x]).toEqual([-5, 5]);
    // the interactive page takes the data too (a series with no spec)
    const html = act(['plot', 'gelu', '--format', 'html', '-o', '-'], { input: tsv });
    expect(html.stderr).toBe('');
    expect(html.stdout).toContain('"measured"');
    const text = act(['plot', 'gelu', '-w', '60', '-H', '16'], { input: tsv }).stdout;
    expect(text.match(/◆/g)?.length).toBe(8); // 7 points and the legend's
    expect(text).toMatch(/── gelu {3}◆ measured/);
  });

  it('reads -i FILE and -i -, with --x and --y choosing columns, whatever the delimiter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'act-plot-input-'));
    const file = join(dir, 'data.csv');
    writeFileSync(file, 'name,t,a,b\np,0,1,5\nq,1,2,6\nr,2,3,7\n');
    const all = layers(act(['plot', '-i', file, '--x', 't', '--format', 'json', '-o', '-']).stdout).lines;
    expect([...all.keys()]).toEqual(['a', 'b']); // the column of names is left out
    expect(all.get('b')!.map((r) => [r.x, r.y])).toEqual([[0, 5], [1, 6], [2, 7]]);
    const one = JSON.parse(act(['plot', '-i', '-', '--x', 't', '--y', 'b', '--format', 'json', '-o', '-'], { input: 'name t a b\np 0 1 5\nq 1 2 6\n' }).stdout);
    expect(one.layer.at(-1).data.values.map((r: Row) => r.series)).toEqual(['b', 'b']);
    expect(one.layer.at(-1).encoding.x.title).toBe('t'); // the x column names the axis
    const bad = act(['plot', '--y', 'c'], { input: 'x,a\n1,2\n' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('act: --y c: no such column in the header on line 1 (columns: x, a)\n');
  });

  it('leaves gaps at NaN, inf and empty cells; a cell that is not a number is an error naming its line and column', () => {
    const gaps = act(['plot', '--format', 'json', '-o', '-'], { input: 'x,y\n0,0\n1,nan\n2,inf\n3,\n4,4\n' });
    // the same notes as for functions: in the legend, and one warning line
    const rows = layers(gaps.stdout).lines.get('y (∞ at x = 2)')!;
    expect(rows.map((r) => r.y)).toEqual([0, null, null, null, 4]);
    expect(gaps.stderr).toBe('act: warning: y: ∞ at x = 2\n');
    const r = act(['plot', 'gelu'], { input: 'x,a\n1,2\n2,abc\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('act: line 3, column 2 (a): "abc" is not a number\n');
    const headerless = act(['plot'], { input: '1 2\n2 x3\n' });
    expect(headerless.stderr).toBe('act: line 2, column 2: "x3" is not a number\n');
  });

  it('does not wait on a stdin that gives nothing: /dev/null, an empty pipe, or --no-stdin on an open one', async () => {
    expect(act(['plot', 'gelu', '-w', '40', '-H', '8']).code).toBe(0); // the helper's stdin is /dev/null
    const empty = act(['plot', 'gelu', '-w', '40', '-H', '8'], { input: '' });
    expect(empty.code).toBe(0);
    expect(empty.stdout).toMatch(/── gelu/);
    // a pipe that stays open: --no-stdin draws at once
    const child = spawn(process.execPath, [BIN, 'plot', 'gelu', '--no-stdin', '-w', '40', '-H', '8'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve(-1);
      }, 15_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    child.stdin.destroy();
    expect(code).toBe(0);
    const nothing = act(['plot'], { input: '' });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toBe('act: nothing to plot: name a function (act plot gelu), or pipe data in (act eval gelu | act plot)\n');
    const lone = act(['plot'], { input: '1\n2\n' });
    expect(lone.code).toBe(2);
    expect(lone.stderr).toMatch(/^act: one column of numbers is x values/);
  });

  it('a Vega-Lite spec keeps every point, up to its bound; --facet takes no data; act batch lines leave its stdin alone', () => {
    const many = `x,y\n${Array.from({ length: 500_001 }, (_, i) => `${i},1\n`).join('')}`;
    const r = act(['plot', '--format', 'json', '-o', '-'], { input: many });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('act: the input has more than 500000 rows: a Vega-Lite spec keeps every point and takes at most 500000 (draw an SVG, PNG or PDF, which thin the data)\n');
    // the spec named by the file's extension alone (any case), as -o's format is
    const file = join(mkdtempSync(join(tmpdir(), 'act-plot-input-')), 'big.VL.JSON');
    const named = act(['plot', '-o', file], { input: many });
    expect(named.code).toBe(2);
    expect(named.stderr).toBe(r.stderr);
    expect(existsSync(file)).toBe(false);
    const facet = act(['plot', 'relu', 'gelu', '--facet'], { input: tsv });
    expect(facet.code).toBe(2);
    expect(facet.stderr).toBe('act: --facet draws functions only, not input data\n');
    // the script came from stdin, so its lines find it spent: eval relu takes its grid
    const batch = act(['batch'], { input: 'plot gelu -w 40 -H 8\neval relu\n' });
    expect(batch.code).toBe(0);
    expect(batch.stderr).toBe('');
    expect(batch.stdout).toMatch(/── gelu[\s\S]*x,relu\n-10,0\n-9.9,0\n/);
  });
});
