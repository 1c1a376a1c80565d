import { describe, expect, it } from 'vitest';
import { act } from '../helpers/cli.js';

const COMMANDS = ['eval', 'list', 'plot', 'info', 'table', 'gradient', 'batch', 'doctor', 'completion'];
const chars = (line: string) => [...line].length;
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('act help', () => {
  it('act help COMMAND prints what act COMMAND --help prints', () => {
    for (const command of ['plot', 'info']) {
      const help = act(['help', command]);
      expect(help.code).toBe(0);
      expect(help.stdout).toBe(act([command, '--help']).stdout);
      expect(help.stdout).toMatch(new RegExp(`^Usage: act ${command} `));
    }
  });

  it('act help lists every command, exit 0', () => {
    const r = act(['help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
  });

  it('act alone prints a short usage with the common commands, on stdout, exit 0', () => {
    const r = act([]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: act <command>/);
    for (const c of ['plot', 'eval', 'info', 'list']) expect(r.stdout).toContain(`act ${c} `);
    expect(r.stdout).toContain('act help <command>');
    expect(r.stdout.trimEnd().split('\n').length).toBeLessThan(16);
    expect(r.stdout.split('\n').filter((l) => chars(l) > 80)).toEqual([]);
  });

  it('groups the options of plot: range and sampling, labels, terminal, image', () => {
    const help = act(['plot', '--help']).stdout;
    const headings = ['Range and sampling:', 'Labels and guides:', 'Size and layout:', 'Terminal:', 'Image (-o FILE):'];
    const at = headings.map((h) => help.indexOf(`\n${h}\n`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const section = (h: string) => help.slice(help.indexOf(`\n${h}\n`)).split('\n\n')[0];
    expect(section('Image (-o FILE):')).toMatch(/--renderer[\s\S]*--scale[\s\S]*--svg-text/);
    expect(section('Range and sampling:')).toMatch(/--from[\s\S]*--to[\s\S]*--points[\s\S]*--derivative/);
    expect(section('Terminal:')).toContain('--no-color');
    expect(section('Terminal:')).toContain('--canvas <kind>');
    expect(section('Terminal:')).not.toContain('--renderer');
  });

  it('shows no empty default, (default: [])', () => {
    for (const c of COMMANDS) expect(act([c, '--help']).stdout).not.toContain('(default: [])');
  });

  it('the Arguments of plot, info and eval say that expressions work', () => {
    for (const c of ['plot', 'info', 'eval']) {
      const args = act([c, '--help']).stdout.split('Arguments:')[1].split('\n\n')[0];
      expect(args).toMatch(/expressions? in x/);
    }
  });
});

describe('act --debug with no command', () => {
  it('prints the short usage, as act alone does, not the whole help on stderr with exit 2', () => {
    const alone = act([]);
    const r = act(['--debug']);
    expect([r.code, r.stderr, r.stdout]).toEqual([0, '', alone.stdout]);
  });

  it('is one line in act batch', () => {
    const r = act(['batch'], { input: '--debug\n' });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('act: line 1: no command: act help lists them');
    expect(r.stderr).not.toContain('Usage:');
  });
});

describe('--delimiter is documented as it is read', () => {
  it('the help of eval and plot names every delimiter name --delimiter takes', () => {
    const refused = act(['eval', 'relu', '--delimiter', 'nope']).stderr;
    const names = /or (.*)\)\n$/.exec(refused)?.[1].split(', ') ?? [];
    expect(names).toContain('semicolon');
    for (const command of ['eval', 'plot']) {
      const help = act([command, '--help']).stdout.replace(/\s+/g, ' ');
      const line = /--delimiter <c> (.*?)\(default/.exec(help)?.[1] ?? '';
      for (const name of names) expect(line, `${command}: ${name}`).toMatch(new RegExp(`\\b${name}\\b`));
    }
    const r = act(['eval', 'relu', '--delimiter', 'semicolon'], { input: 'a;x\n1;-2\n' });
    expect([r.code, r.stdout]).toEqual([0, 'x,relu\n-2,0\n']); // the column x, split at the semicolon
  });
});

describe('help fits the width, never cut inside a word', () => {
  for (const c of ['', ...COMMANDS]) {
    it(`act ${c || '(program)'} --help at COLUMNS=80 and 60`, () => {
      const argv = c ? [c, '--help'] : ['--help'];
      const wide = act(argv, { env: { COLUMNS: '1000' } }).stdout;
      for (const width of [80, 60]) {
        const r = act(argv, { env: { COLUMNS: String(width) } });
        expect(r.code).toBe(0);
        expect(r.stdout.split('\n').filter((l) => chars(l) > width)).toEqual([]);
        // the same words in the same order as unwrapped: a line break only ever falls between words
        expect(words(r.stdout)).toEqual(words(wide));
      }
    });
  }

  it('in a 40-column terminal, still never inside a word', () => {
    for (const c of ['', 'plot', 'info', 'gradient']) {
      const argv = c ? [c, '--help'] : ['--help'];
      expect(words(act(argv, { env: { COLUMNS: '40' } }).stdout), c).toEqual(words(act(argv, { env: { COLUMNS: '1000' } }).stdout));
    }
  });

  it('off a terminal, without COLUMNS, help is 80 wide', () => {
    const r = act(['gradient', '--help']);
    expect(Math.max(...r.stdout.split('\n').map(chars))).toBeLessThanOrEqual(80);
    expect(Math.max(...r.stdout.split('\n').map(chars))).toBeGreaterThan(70);
  });
});

describe('act with an unknown command', () => {
  it('says where the commands are, as act help nosuch does, when no name is close', () => {
    const r = act(['nosuch', 'relu']);
    expect([r.code, r.stderr]).toEqual([2, "act: unknown command 'nosuch' (act help lists the commands)\n"]);
    expect(act(['evl', 'relu']).stderr).toBe("act: unknown command 'evl' (did you mean eval?)\n");
    expect(act(['batch'], { input: 'nosuch\n' }).stderr.split('\n')[0]).toBe("act: line 1: unknown command 'nosuch' (act help lists the commands)");
  });
});

describe('act help with an unknown command', () => {
  it('is a one-line usage error, exit 2', () => {
    const r = act(['help', 'plto']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("act: unknown command 'plto' (act help lists the commands)\n");
  });
});
