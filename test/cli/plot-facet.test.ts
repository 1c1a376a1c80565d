import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TAB10 } from '../../src/render/colors.js';
import { act } from '../helpers/cli.js';
import { colorCount, hexColor, readPng } from '../helpers/image.js';

describe('act plot --facet (small multiples)', () => {
  it('draws four panels, each function with its derivative in its own colour', () => {
    const dir = mkdtempSync(join(tmpdir(), 'act-facet-'));
    const r = act(['plot', 'relu', 'gelu', 'swish', 'mish', '-d', '--facet', '-o', 'zoo.png'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const png = readPng(readFileSync(join(dir, 'zoo.png')));
    // 2x2 panels of 320x220 plot area at scale 2: wider than tall, far larger than one panel
    expect(png.width).toBeGreaterThan(1400);
    expect(png.height).toBeGreaterThan(1100);
    for (const colour of TAB10.slice(0, 4)) expect(colorCount(png, hexColor(colour), 12), colour).toBeGreaterThan(1500);
    expect(colorCount(png, hexColor(TAB10[4]), 12)).toBe(0);
  });

  it('--columns 4 puts them in one row; the SVG has four plot frames', () => {
    const r = act(['plot', 'relu', 'gelu', 'swish', 'mish', '--facet', '--columns', '4', '--format', 'svg']);
    expect(r.code).toBe(0);
    const [, w, h] = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(r.stdout)!.map(Number);
    expect(w / h).toBeGreaterThan(3.5);
    for (const name of ['relu', 'gelu', 'swish', 'mish']) expect(r.stdout).toContain(`aria-label="${name}"`);
  });

  it('in the terminal, panels side by side where the width allows, else one above the other', () => {
    const wide = act(['plot', 'relu', 'gelu', 'swish', 'mish', '-d', '--facet', '--width', '100']);
    expect(wide.code).toBe(0);
    const wideLines = wide.stdout.split('\n');
    expect(wideLines[0]).toMatch(/relu, relu'\s+gelu, gelu'/);
    expect(Math.max(...wideLines.map((l) => l.length))).toBeLessThanOrEqual(100);
    const narrow = act(['plot', 'relu', 'gelu', 'swish', 'mish', '-d', '--facet', '--width', '60']);
    const titles = narrow.stdout.split('\n').filter((l) => /^\s+\w+, \w+'$/.test(l));
    expect(titles.map((t) => t.trim())).toEqual(["relu, relu'", "gelu, gelu'", "swish, swish'", "mish, mish'"]);
  });

  it('in a frame narrower than a panel\'s 40 columns, each panel and the title fit the width asked for', () => {
    for (const width of [20, 33]) {
      const r = act(['plot', 'relu', 'gelu', '--facet', '-w', String(width), '-H', '8', '--title', 'A long facet title over both panels']);
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(width);
      expect(lines[0]).toMatch(/^A long facet .*…$/);
      expect(lines.filter((l) => /── (relu|gelu)/.test(l))).toHaveLength(2);
    }
  });

  it('--share-y on a log axis: every terminal panel the same decades (relu\'s 0 was taken into the range)', () => {
    const r = act(['plot', 'relu', 'sigmoid', '--facet', '--share-y', '--logy', '-w', '100', '-H', '10']);
    expect(r.code).toBe(0);
    const labels = (r.stdout.match(/(\S+) ┤/g) ?? []).map((l) => l.split(' ')[0]);
    expect(labels).toEqual(['1', '1', '0.01', '0.01', '0.0001', '0.0001']);
  });

  it('--share-y gives every terminal panel the same y axis', () => {
    const yLabels = (text: string) => text.split('\n\n').map((panel) => panel.split('\n').map((l) => /^\s*(-?[\d.]+) [┤┼]/.exec(l)?.[1]).filter(Boolean).join(' '));
    const own = yLabels(act(['plot', 'sigmoid', 'relu', '--facet', '--columns', '1', '--width', '60']).stdout);
    expect(own[0]).not.toBe(own[1]);
    const shared = yLabels(act(['plot', 'sigmoid', 'relu', '--facet', '--columns', '1', '--width', '60', '--share-y']).stdout);
    expect(shared[0]).toBe(shared[1]);
  });

  it('--columns and --share-y need --facet (exit 2)', () => {
    const r = act(['plot', 'relu', '--columns', '2']);
    expect([r.code, r.stderr]).toEqual([2, 'act: --columns applies to small multiples: add --facet\n']);
    const s = act(['plot', 'relu', '--share-y', '-o', 'x.svg']);
    expect([s.code, s.stderr]).toEqual([2, 'act: --share-y applies to small multiples: add --facet\n']);
  });
});
