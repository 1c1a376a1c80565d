import { describe, expect, it } from 'vitest';
import { activations } from '../../src/activations/index.js';
import { act } from '../helpers/cli.js';

describe('act list', () => {
  it('with --wide, shows every function with its parameters and summary, one a line', () => {
    const r = act(['list', '--wide']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(activations.length);
    expect(lines[0]).toMatch(/^sigmoid\s+Logistic sigmoid/);
    expect(r.stdout).toContain('elu(alpha=1)');
    expect(r.stdout).toContain('hardtanh(min=-1, max=1)');
    expect(r.stdout).toContain('also: silu');
  });

  it('fits COLUMNS (80 off a terminal): summaries wrapped beside the names, a long name on its own line', () => {
    for (const [env, width] of [[{}, 80], [{ COLUMNS: '80' }, 80], [{ COLUMNS: '50' }, 50]] as const) {
      const r = act(['list'], { env });
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines.filter((l) => [...l].length > width), `COLUMNS=${width}`).toEqual([]);
      for (const a of activations) expect(lines.some((l) => l.startsWith(a.name)), a.name).toBe(true);
      // the same words as the one-line form: only the line breaks differ
      expect(r.stdout.split(/\s+/)).toEqual(act(['list', '--wide']).stdout.split(/\s+/));
    }
    const lines = act(['list'], { env: { COLUMNS: '80' } }).stdout.split('\n');
    const sigmoid = lines.findIndex((l) => l.startsWith('sigmoid '));
    expect(lines[sigmoid]).toMatch(/^sigmoid +Logistic sigmoid/);
    expect(lines[sigmoid + 1]).toMatch(/^ {20,}\S/);
  });

  it('csv and json ignore the width', () => {
    for (const format of ['csv', 'json']) {
      expect(act(['list', '--format', format], { env: { COLUMNS: '40' } }).stdout).toBe(act(['list', '--format', format], { env: { COLUMNS: '1000' } }).stdout);
    }
  });

  it('refuses --wide with csv and json, which are never fitted to a width', () => {
    for (const format of ['csv', 'json']) {
      const r = act(['list', '--format', format, '--wide']);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `act: --wide applies to the text list; --format ${format} is never fitted to a width\n`]);
    }
  });

  it('writes an infinite default as "Infinity" in JSON, as act info and act table do, not null', () => {
    const list = JSON.parse(act(['list', '--format', 'json']).stdout) as { name: string; params: { name: string; default: unknown }[] }[];
    const threshold = list.find((r) => r.name === 'softplus')!.params.find((p) => p.name === 'threshold')!;
    expect(threshold.default).toBe('Infinity');
    const info = JSON.parse(act(['info', 'softplus', '--format', 'json']).stdout) as { params: { name: string; default: unknown }[] };
    expect(info.params.find((p) => p.name === 'threshold')!.default).toBe(threshold.default);
  });

  it('writes JSON and CSV for scripts', () => {
    const json = JSON.parse(act(['list', '--format', 'json']).stdout);
    expect(json.map((r: { name: string }) => r.name)).toEqual(activations.map((a) => a.name));
    expect(json.find((r: { name: string }) => r.name === 'leaky_relu').params).toEqual([{ name: 'alpha', default: 0.01, doc: 'slope for x < 0' }]);
    const csv = act(['list', '--format', 'csv']).stdout.trimEnd().split('\n');
    expect(csv[0]).toBe('name,kind,aliases,params,summary');
    expect(csv.length).toBe(activations.length + 1);
    expect(csv.find((l) => l.startsWith('softmax,'))).toMatch(/^softmax,vector,/);
  });

  it('refuses an unknown format, exit 2', () => {
    const r = act(['list', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('act: --format must be one of text, csv, json, got "xml"\n');
  });
});

describe('act --help and --version', () => {
  it('prints the version', () => {
    const r = act(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('lists the commands', () => {
    const r = act(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['eval', 'list', 'plot']) expect(r.stdout).toContain(c);
  });
});

describe('help of every command', () => {
  for (const command of ['eval', 'plot', 'info', 'table', 'gradient', 'list']) {
    it(`act ${command} --help lists the options and ends with examples`, () => {
      const r = act([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Options:\n/);
      expect(r.stdout).toMatch(/Examples:\n( {2}.*\bact .+\n)+$/);
    });
  }

  it('act completion --help says how to install', () => {
    expect(act(['completion', '--help']).stdout).toMatch(/Install:\n/);
  });
});
