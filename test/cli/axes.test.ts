/**
 * Issue 17 through the real bin/act: axes under the user's control (--ylim, --logy, --logx,
 * --vline), ticks one round step apart, and the same notes in the terminal, the image and on stderr.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { act } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'act-axes-'));

/** The chart's lines; the command must succeed with exactly the stderr expected. */
function chart(args: string[], stderr = ''): string[] {
  const r = act(['plot', ...args]);
  expect(r.stderr).toBe(stderr);
  expect(r.code).toBe(0);
  return r.stdout.trimEnd().split('\n');
}

/** The y axis' labels, top to bottom, and the rows they are on. */
const yLabels = (lines: string[]) => lines.flatMap((l, row) => (/^\s*(\S+) [┤┼]/.exec(l) ? [{ row, text: /^\s*(\S+) [┤┼]/.exec(l)![1] }] : []));
/** The x axis' labels, left to right. */
const xLabels = (lines: string[]) => lines[lines.findIndex((l) => l.includes('└')) + 1].trim().split(/\s+/);

/** The Vega-Lite spec act writes for these arguments (-o FILE.vl.json), and its stderr. */
function imageSpec(args: string[]): { spec: any; stderr: string } {
  const file = join(tmp(), 'c.vl.json');
  const r = act(['plot', ...args, '-o', file]);
  expect(r.code, r.stderr).toBe(0);
  return { spec: JSON.parse(readFileSync(file, 'utf8')), stderr: r.stderr };
}
const lineLayer = (spec: any) => spec.layer.find((l: { mark: { type: string } }) => l.mark.type === 'line');

describe('issue 17, done when', () => {
  it('act plot relu exponential --ylim -1:5 shows relu\'s slope', () => {
    const lines = chart(['relu', 'exponential', '--ylim', '-1:5'], 'act: warning: exponential: cut above 5\n');
    const labels = yLabels(lines).map((l) => Number(l.text));
    expect(Math.max(...labels)).toBeLessThanOrEqual(5);
    expect(Math.min(...labels)).toBeGreaterThanOrEqual(-1);
    // relu rises through most of the plot's rows: its slope is drawn, not a flat line under e^5
    const reluRows = lines.slice(1, -3).filter((l) => /[╭╯]/.test(l)).length;
    expect(reluRows).toBeGreaterThan(12);
    expect(lines.at(-1)).toContain('exponential (cut above 5)');
    expectGolden('plot/ylim.txt', `${lines.join('\n')}\n`);
  });

  it('a --ylim one subnormal wide draws (it gave "act: Invalid array length": row fractions in halves of 5e-324 were 0 / 0)', () => {
    for (const ylim of ['0:5e-324', ':5e-324', '-5e-324:5e-324']) {
      const lines = chart(['relu', '--from', '-1', '--to', '1', '--ylim', ylim, '-w', '40', '-H', '8'], 'act: warning: relu: cut above 5e-324\n');
      expect(lines.length).toBe(8);
      expect(lines.some((l) => /^\s*0 [┤┼]─{8}/.test(l)), ylim).toBe(true); // relu's flat half, on the 0 row
    }
  });

  it('act plot exponential --logy --from -20 --to 20 has decade labels', () => {
    const lines = chart(['exponential', '--logy', '--from', '-20', '--to', '20']);
    const labels = yLabels(lines).map((l) => l.text);
    expect(labels.length).toBeGreaterThanOrEqual(5);
    for (const label of labels) expect(label).toMatch(/^1e-?\d+$/);
    // one step: the same number of decades between neighbouring labels
    const exponents = labels.map((l) => Number(l.slice(2)));
    const steps = new Set(exponents.slice(1).map((e, i) => exponents[i] - e));
    expect(steps.size).toBe(1);
    expectGolden('plot/logy.txt', `${lines.join('\n')}\n`);
  });

  it('act plot relu --vline 1 draws the guide, labelled on the x axis under its column', () => {
    const lines = chart(['relu', '--vline', '1', '--hline', '0.5']);
    const axisRow = lines.findIndex((l) => l.includes('└'));
    const labels = lines[axisRow + 1];
    const at = labels.search(/(?<=\s)1(?=\s)/);
    expect(at).toBeGreaterThan(0);
    expect(lines[axisRow][at]).toBe('┬');
    // the guide's column: dashed all the way up, where no curve crosses
    const column = lines.slice(1, axisRow).map((l) => l[at]);
    expect(column.filter((c) => c === '╎').length).toBeGreaterThan(column.length / 2);
    // --hline 0.5 is labelled on its own row
    expect(yLabels(lines).map((l) => l.text)).toContain('0.5');
    expectGolden('plot/vline.txt', `${lines.join('\n')}\n`);
  });

  it('act plot relu --from -3 --to 3 -w 40 -H 10 labels y with one step', () => {
    const labels = yLabels(chart(['relu', '--from', '-3', '--to', '3', '-w', '40', '-H', '10'])).map((l) => Number(l.text));
    expect(labels.length).toBeGreaterThanOrEqual(2);
    const steps = new Set(labels.slice(1).map((v, i) => labels[i] - v));
    expect(steps.size).toBe(1);
    expect([1, 2, 5]).toContain([...steps][0]);
  });

  it('act plot softmax -o s.png and the terminal chart say the same thing about their points', () => {
    const terminal = chart(['softmax']);
    expect(terminal.at(-1)).toContain('softmax (of a 201-point vector: depends on range and -n)');
    const { spec } = imageSpec(['softmax']);
    const line = lineLayer(spec);
    expect(line.encoding.color.scale.domain).toEqual(['softmax (201 points)']);
    expect(line.data.values.length).toBe(201);
    // and -n sets both
    expect(chart(['softmax', '-n', '50']).at(-1)).toContain('of a 50-point vector');
    expect(lineLayer(imageSpec(['softmax', '-n', '50']).spec).data.values.length).toBe(50);
    // a PNG is written, with the same options
    const png = join(tmp(), 's.png');
    const r = act(['plot', 'softmax', '-o', png]);
    expect(r.code).toBe(0);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
  });

  it('act plot "log(x)" --from -5 --to -1 -o n.png warns on stderr, exit 0', () => {
    const png = join(tmp(), 'n.png');
    const r = act(['plot', 'log(x)', '--from', '-5', '--to', '-1', '-o', png]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('act: warning: log(x): no finite values\n');
    const { spec } = imageSpec(['log(x)', '--from', '-5', '--to', '-1']);
    expect(lineLayer(spec).encoding.color.scale.domain).toEqual(['log(x) (no finite values)']);
  });
});

describe('notes, titles and guides: the same in every output', () => {
  it('an overflow is noted in the legend of both outputs and on stderr', () => {
    const warning = 'act: warning: exponential: ∞ from x ≈ 709.783\n';
    expect(chart(['exponential', '--from', '0', '--to', '1000'], warning).at(-1)).toContain('exponential (∞ from x ≈ 709.783)');
    const { spec, stderr } = imageSpec(['exponential', '--from', '0', '--to', '1000']);
    expect(stderr).toBe(warning);
    expect(lineLayer(spec).encoding.color.scale.domain).toEqual(['exponential (∞ from x ≈ 709.783)']);
  });

  it('values a log axis cannot show are noted', () => {
    const warning = 'act: warning: relu: y ≤ 0 not drawn on a log scale\n';
    expect(chart(['relu', '--logy'], warning).at(-1)).toContain('relu (y ≤ 0 not drawn on a log scale)');
    const { spec, stderr } = imageSpec(['relu', '--logy']);
    expect(stderr).toBe(warning);
    expect(lineLayer(spec).encoding.y.scale.type).toBe('log');
    // the image's legend says it in the same words, one pair of parentheses
    expect(lineLayer(spec).encoding.color.scale.domain).toEqual(['relu (y ≤ 0 not drawn on a log scale)']);
    // and the picture drawn (its series simplified for drawing) says it too
    const svg = act(['plot', 'relu', '--logy', '--format', 'svg', '--svg-text', '-o', '-']);
    expect(svg.stderr).toBe(warning);
    expect(svg.stdout).toMatch(/<text[^>]*>relu \(y ≤ 0 not drawn on a log scale\)<\/text>/);
  });

  it('with -d, both titles name the derivatives', () => {
    expect(chart(['gelu', '-d'])[0].trim()).toBe("gelu, gelu'");
    expect(imageSpec(['gelu', '-d']).spec.title.text).toBe("gelu, gelu'");
  });

  it('--ylim and --vline reach the image: its domain, clipping, and a rule', () => {
    const { spec } = imageSpec(['relu', '--ylim', ':2', '--vline', '1']);
    const line = lineLayer(spec);
    expect(line.encoding.y.scale.domain[1]).toBe(2);
    expect(line.mark.clip).toBe(true);
    const rules = spec.layer.filter((l: { mark: { type: string } }) => l.mark.type === 'rule');
    expect(rules.map((r: { data: { values: object[] } }) => r.data.values)).toEqual([[{ x: 1 }]]);
  });

  it('--logx samples and labels a positive range by decades', () => {
    const lines = chart(['relu', '--logx', '--from', '0.01', '--to', '100']);
    expect(xLabels(lines)).toEqual(['0.01', '0.1', '1', '10', '100']);
    expectGolden('plot/logx.txt', `${lines.join('\n')}\n`);
    expect(lineLayer(imageSpec(['relu', '--logx', '--from', '0.01', '--to', '100']).spec).encoding.x.scale.type).toBe('log');
  });

  it('a narrow range far from 0: short labels and the offset shown once per axis', () => {
    const lines = chart(['relu', '--from', '1e15', '--to', '1.0000000001e15']);
    expect(xLabels(lines)).toEqual(['0', '20000', '40000', '60000', '80000', '100000']);
    // the y axis' above it, the x axis' under its labels, at the right
    expect(lines[1]).toBe('+1e15');
    expect(lines.at(-2)!.trimStart()).toBe('+1e15');
    expect(lines.at(-2)!.length).toBe(80);
    for (const label of yLabels(lines)) expect(label.text.length).toBeLessThanOrEqual(8);
    expectGolden('plot/offset.txt', `${lines.join('\n')}\n`);
    const x = lineLayer(imageSpec(['relu', '--from', '1e15', '--to', '1.0000000001e15']).spec).encoding.x;
    expect(x.title).toBe('x  (+1e15)');
  });
});

describe('an axis offset or multiplier in a small chart', () => {
  it('keeps its row before the legend and title: without it the labels told wrong values (0.001 for 1000000.001)', () => {
    const offset = act(['plot', 'x+1000000', '--from', '0', '--to', '0.001', '-w', '40', '-H', '6']);
    expect(offset.code).toBe(0);
    expect(offset.stdout.split('\n')[0]).toBe('+1e6');
    const multiplier = act(['plot', 'relu', '--from', '-1.7e308', '--to', '1.7e308', '-w', '40', '-H', '6']).stdout.split('\n');
    expect(multiplier[0]).toBe('×1e308');
    expect(multiplier[1]).toMatch(/^1\.798 ┤/);
    // a long --ylabel is cut before the note, not the note with it
    const long = act(['plot', 'x+1000000', '--from', '0', '--to', '0.001', '--ylabel', 'a very long y label that certainly does not fit', '-w', '40', '-H', '10']).stdout.split('\n');
    expect(long[1]).toBe('a very long y label that certainl…  +1e6');
    // a long --xlabel gives way to the x axis' note at its row's end (it ran under it: 'certainly +1e15')
    const x = act(['plot', 'relu', '--from', '1e15', '--to', '1.0000000001e15', '--xlabel', 'a very long x label that certainly does not fit', '-w', '40', '-H', '10']).stdout.split('\n');
    expect(x).toContain('a very long x label that certainl… +1e15');
    // every size from the least up: a label scaled by a note never shows without it
    let labelled = 0;
    for (let height = 5; height <= 9; height++) {
      const lines = act(['plot', 'x+1000000', '--from', '0', '--to', '0.001', '-w', '40', '-H', String(height)]).stdout.split('\n');
      const labels = lines.flatMap((l) => /^\s*(\S+) [┤┼]/.exec(l)?.[1] ?? []);
      if (labels.some((l) => l === '0.001')) {
        labelled++;
        expect(lines, `-H ${height}`).toContain('+1e6');
      }
    }
    expect(labelled).toBeGreaterThanOrEqual(3); // the rule is put to the test (at -H 5 no label shows)
  });
});

describe('guide lines the chart cannot show', () => {
  it('are said in one warning line, in the terminal and in an image alike (exit 0), instead of left out without a word', () => {
    const args = ['plot', 'relu', '--ylim', '0:3', '--hline', '5', '--hline', '1', '--vline', '9', '--from', '-1', '--to', '1'];
    const warning = 'act: warning: --hline 5 is outside --ylim 0:3; --vline 9 is outside the x range (-1 to 1)\n';
    for (const output of [['-w', '40', '-H', '8'], ['-o', '-', '--format', 'svg'], ['--facet', '-o', '-', '--format', 'json']]) {
      const r = act([...args, ...output]);
      expect([r.code, r.stderr], output.join(' ')).toEqual([0, warning]);
    }
    const log = act(['plot', 'relu', '--logy', '--logx', '--from', '0.1', '--hline', '-1', '--vline', '20', '-w', '40', '-H', '8']);
    expect(log.stderr).toBe('act: warning: --hline -1 is not drawn on a log scale; --vline 20 is outside the x range (0.1 to 5)\n');
    // drawn guides say nothing
    expect(act(['plot', 'relu', '--hline', '5', '--vline', '1', '-w', '40', '-H', '8']).stderr).toBe('');
  });
});

describe('--logx with data of one x value', () => {
  it('the terminal widens the range by a decade each side, as an image does, instead of refusing a range from 0', () => {
    const r = act(['plot', '--logx', '-w', '40', '-H', '6'], { input: 'x,y\n2,5\n' });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const axis = r.stdout.split('\n').at(-3)!;
    expect(axis.trim().split(/\s+/)).toEqual(['1', '10']);
    expect(act(['plot', '--logx', '-o', '-', '--format', 'json'], { input: 'x,y\n2,5\n' }).code).toBe(0);
  });
});

describe('usage errors (exit 2, one line)', () => {
  const negativeX = join(mkdtempSync(join(tmpdir(), 'act-axes-')), 'negative-x.csv');
  writeFileSync(negativeX, 'x,y\n-1,5\n2,6\n');
  const cases: [string[], string][] = [
    [['relu', '--ylim', '5'], 'act: --ylim must be LO:HI, LO: or :HI, got "5"\n'],
    [['relu', '--ylim', ':'], 'act: --ylim must be LO:HI, LO: or :HI, got ":"\n'],
    [['relu', '--ylim', '3:1'], 'act: --ylim needs LO < HI, got "3:1"\n'],
    [['relu', '--ylim', 'a:1'], 'act: --ylim must be a finite number, got "a"\n'],
    [['relu', '--logx'], 'act: --logx needs a positive x range (--from above 0, and data x above 0), got x from -5\n'],
    [['relu', '--logy', '--ylim', '0:1'], 'act: --ylim with --logy needs positive bounds, got 0:1\n'],
    [['relu', '--vline', 'x'], 'act: --vline must be a finite number, got "x"\n'],
    // the data's x, not a --from never given
    [['--logx', '-i', negativeX], 'act: --logx needs a positive x range (--from above 0, and data x above 0), got x from -1\n'],
  ];
  for (const [args, message] of cases) {
    it(`act plot ${args.join(' ')}`, () => {
      const r = act(['plot', ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(message);
    });
  }
});
