/**
 * The same charts in each canvas (box, braille, ascii), whole, against golden files, as
 * UnicodePlots.jl tests its canvases; and what each canvas must show: f and f' apart without
 * colour and paired by colour, no curve erased by a later one, jumps in their own column.
 */
import { describe, expect, it } from 'vitest';
import { plot } from '../../src/index.js';
import { act } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';

const CANVASES = ['box', 'braille', 'ascii'] as const;
// eslint-disable-next-line no-control-regex
const ESCAPE = /\x1b\[[0-9;]*m/g;

function chart(args: string[], input?: string): string {
  const r = act(['plot', ...args], input === undefined ? {} : { input });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** The legend's entries: [sample, label] pairs (a sample has no spaces; entries are 3 apart). */
const legendOf = (text: string, lines = 1): [string, string][] =>
  text
    .replace(ESCAPE, '')
    .trimEnd()
    .split('\n')
    .slice(-lines)
    .flatMap((l) => l.trim().split(/ {3}/))
    .map((e) => e.split(' ') as [string, string]);

describe('each canvas against its golden files', () => {
  const cases: [string, string[], string?][] = [
    ['one-function', ['gelu', '-w', '40', '-H', '12']],
    ['gelu-dip-40x8', ['gelu', '-w', '40', '-H', '8']],
    ['four-functions-d', ['relu', 'gelu', 'swish', 'mish', '-d']],
    ['steps-and-kinks', ['binary_step', 'hardshrink', '--from', '-3', '--to', '3', '-w', '60', '-H', '12']],
    ['legend-40', ['relu', 'gelu', 'swish', 'mish', '-d', '-w', '40', '-H', '12']],
    ['facet-d', ['relu', 'gelu', '-d', '--facet', '-w', '84', '-H', '12']],
    ['data-points', ['relu', '-w', '50', '-H', '10'], '-3\n-2\n-1\n0\n1\n2\n3\n'],
    ['large-200x60', ['relu', 'gelu', 'swish', '-d', '-w', '200', '-H', '60']],
    ['guides', ['sigmoid', '-d', '--hline', '0.5', '--vline', '1', '--hline-label', 'half', '-w', '60', '-H', '14']],
  ];
  for (const canvas of CANVASES) {
    for (const [name, args, input] of cases) {
      it(`${canvas}: act plot ${args.join(' ')}`, () => {
        const out = chart([...args, '--canvas', canvas], input);
        // printable ASCII only, and each character mapped: no '?' for one it does not know
        if (canvas === 'ascii') expect(out).toMatch(/^[\x20-\x7e\n]*$/);
        if (canvas === 'ascii') expect(out).not.toContain('?');
        expectGolden(`canvas/${canvas}/${name}.txt`, out);
      });
    }
  }
});

describe('f and f\' in every canvas', () => {
  for (const canvas of CANVASES) {
    it(`${canvas}: f' has a legend sample of its own without colour, and its function's colour with it`, () => {
      const entries = legendOf(chart(['relu', 'gelu', 'swish', '-d', '--canvas', canvas, '-w', '120']));
      expect(entries.map(([, label]) => label)).toEqual(['relu', "relu'", 'gelu', "gelu'", 'swish', "swish'"]);
      // six series, six samples: every function and every derivative reads apart without colour
      expect(new Set(entries.map(([sample]) => sample)).size).toBe(6);
      const coloured = chart(['relu', 'gelu', 'swish', '-d', '--canvas', canvas, '-w', '120', '--color']).trimEnd().split('\n').at(-1)!;
      const colours = [...coloured.matchAll(/\x1b\[38;5;(\d+)m/g)].map((m) => m[1]);
      expect(colours).toHaveLength(6);
      expect([colours[1], colours[3], colours[5]]).toEqual([colours[0], colours[2], colours[4]]);
      expect(new Set(colours).size).toBe(3);
    });
  }

  it("draws f' in its derivative style in the plot, not only in the legend", () => {
    const plotArea = (text: string): string => text.split('\n').slice(1, -3).join('\n');
    expect(plotArea(chart(['sigmoid', '-d', '--canvas', 'box']))).toMatch(/┄{5}/);
    expect(plotArea(chart(['sigmoid', '-d', '--canvas', 'ascii']))).toMatch(/:{5}/);
    // braille: sigmoid' is dotted, one dot in two along its flat tail (⠂ or ⠐ cells, a dot each)
    const tail = plotArea(chart(['sigmoid', '--canvas', 'braille', '--only-derivative'])).split('\n').find((l) => /[⠁-⣿]{10}/.test(l))!;
    const cells = [...tail].filter((c) => /[⠁-⣿]/.test(c)).slice(0, 8);
    for (const c of cells) expect(c.codePointAt(0)! - 0x2800, c).toSatisfy((bits: number) => bits.toString(2).replace(/0/g, '').length === 1);
  });
});

describe('no curve vanishes under a later one', () => {
  // left of 0, relu and relu' are 0 and nowhere else: on main the later series covered them there
  it('act plot relu gelu swish mish -d at 80x24: relu and relu\' both show on the zero row left of 0', () => {
    for (const [canvas, relu, reluD] of [
      ['box', '─', '┄'],
      ['ascii', '-', ':'],
    ] as const) {
      const lines = chart(['relu', 'gelu', 'swish', 'mish', '-d', '--canvas', canvas]).split('\n');
      const zero = lines.find((l) => /^\s*0 [┼┤+]/.test(l))!;
      const left = [...zero].slice(3, 3 + 30).join('');
      expect(left.split(relu).length - 1, `${canvas}: ${left}`).toBeGreaterThanOrEqual(3);
      expect(left.split(reluD).length - 1, `${canvas}: ${left}`).toBeGreaterThanOrEqual(3);
    }
  });

  it("braille: the zero row left of 0 carries relu's colour", () => {
    const lines = chart(['relu', 'gelu', 'swish', 'mish', '-d', '--canvas', 'braille', '--color']).split('\n');
    const zero = lines.find((l) => /^\s*0 [┼┤]/.test(l.replace(ESCAPE, '')))!;
    expect(zero.split('┈')[0]).toContain('\x1b[38;5;32m');
  });
});

describe('jumps land in their own column in every canvas', () => {
  // binary_step drawn solid; relu' in the dotted style of a derivative, which must not lose its jump
  for (const [canvas, what] of CANVASES.flatMap((c) => [[c, ['binary_step']], [c, ['relu', '--only-derivative']]] as const)) {
    it(`${canvas}: ${what[0]}${what.length > 1 ? "'" : ''}'s jump is drawn in the column of x = 0 and nowhere else`, () => {
      const lines = chart([...what, '--from', '-2', '--to', '2', '-w', '41', '-H', '12', '--canvas', canvas, '--no-grid']).split('\n');
      const labels = lines.at(-3)!; // then the legend and the final newline's empty line
      const zero = labels.indexOf(' 0 ') + 1;
      // the rows between the two levels (below the title, above the axis): a mark in the jump's column alone
      const between = lines.slice(2, -5).map((l) => [...l].flatMap((c, i) => (i > 4 && c !== ' ' ? [i] : [])));
      expect(between.length).toBeGreaterThanOrEqual(5);
      for (const columns of between) expect(columns).toEqual([zero]);
    });
  }
});

describe('the legend: on one line where it fits, wrapped between entries where it does not', () => {
  const four = ['relu', 'gelu', 'swish', 'mish', '-d'];
  const labels = ['relu', "relu'", 'gelu', "gelu'", 'swish', "swish'", 'mish', "mish'"];
  for (const canvas of CANVASES) {
    it(`${canvas}: four functions with -d at 120 and at 40 columns`, () => {
      const wide = chart([...four, '--canvas', canvas, '-w', '120']).trimEnd().split('\n');
      expect(legendOf(wide.join('\n')).map(([, label]) => label)).toEqual(labels);
      const narrow = chart([...four, '--canvas', canvas, '-w', '40', '-H', '12']).trimEnd().split('\n');
      // the legend's lines are the last ones, under the x labels
      const xLabels = narrow.findIndex((l) => /^\s*-5\s+0\s+5$/.test(l));
      const legend = narrow.slice(xLabels + 1);
      expect(legend.length).toBeGreaterThan(1);
      for (const line of legend) expect([...line].length).toBeLessThanOrEqual(40);
      // every entry whole on one line: a sample, a space, its label
      expect(legendOf(legend.join('\n'), legend.length)).toEqual(legendOf(wide.join('\n')));
    });
  }
});

describe("the library's text chart is act plot's, in every canvas", () => {
  for (const canvas of CANVASES) {
    it(`${canvas}: plot(..., { format: 'text', canvas }) with derivatives, and a facet`, async () => {
      const text = await plot(['relu', 'gelu'], { format: 'text', canvas, derivative: true, width: 60, height: 16 });
      expect(text).toBe(chart(['relu', 'gelu', '-d', '--canvas', canvas, '-w', '60', '-H', '16']));
      const facet = await plot(['relu', 'gelu'], { format: 'text', canvas, derivative: true, facet: true, width: 84, height: 12 });
      expect(facet).toBe(chart(['relu', 'gelu', '-d', '--facet', '--canvas', canvas, '-w', '84', '-H', '12']));
    });
  }
});
