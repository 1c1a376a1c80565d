/**
 * `act plot -o x.html` without a browser (test/slow/html-page.test.ts drives one): the page holds
 * act's own values, every family member for the slider, no way out of its script elements, and is
 * the same from the CLI, act batch and the library's plot().
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plot } from '../../src/index.js';
import { evaluate } from '../../src/spec/evaluate.js';
import type { HtmlData } from '../../src/render/html-spec.js';
import { act } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'act-plot-html-'));

function page(args: string[], name: string): string {
  const path = join(dir, name);
  const r = act(['plot', ...args, '-o', path]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return readFileSync(path, 'utf8');
}

/** The page's inline chart: the compiled Vega spec and act's columns. */
function inline(html: string): { vega: { $schema?: string; signals?: { name: string; bind?: unknown }[] }; data: HtmlData } {
  const m = /<script type="application\/json" id="act-chart">(.*?)<\/script>/s.exec(html);
  return JSON.parse(m![1]);
}

describe('act plot -o x.html', () => {
  it("holds act's exact values, with the derivative for the tooltip, and nothing that loads from elsewhere", () => {
    const html = page(['gelu', '-d'], 'gelu.html');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html.length).toBeLessThan(1.5e6);
    const { data } = inline(html);
    expect(data.series.map((s) => s.series)).toEqual(['gelu', "gelu'"]);
    const xs = data.xs[data.series[0].x];
    expect(xs).toHaveLength(1000);
    expect(data.series[0].v).toEqual(Array.from(evaluate('gelu', xs)));
    expect(data.series[1].v).toEqual(Array.from(evaluate('gelu', xs, { derivative: true })));
    expect([data.series[0].partner, data.series[1].partner]).toEqual([1, 0]);
  });

  it('holds every member of a --vary family, a slider over the values, and the legend by function', () => {
    const { vega, data } = inline(page(['elu', '--vary', 'alpha=0.2:2', '-d'], 'elu.html'));
    expect(data.vary!.name).toBe('alpha');
    expect(data.vary!.values).toEqual(Array.from({ length: 19 }, (_, i) => Number((0.2 + i * 0.1).toFixed(1))));
    expect(data.series).toHaveLength(38);
    expect(new Set(data.series.map((s) => s.series))).toEqual(new Set(['elu', "elu'"]));
    const member = data.series.find((s) => !s.derivative && s.lo !== null && s.lo < 1.5 && s.hi !== null && s.hi > 1.5)!;
    expect(member.v).toEqual(Array.from(evaluate('elu(alpha=1.5)', data.xs[member.x])));
    expect(vega.signals!.find((s) => s.name === 'member')!.bind).toEqual({ input: 'range', min: 0.2, max: 2, step: 0.1, name: 'alpha ' });
  });

  it('names every row as its legend entry, notes and repeated labels included, so each has its colour', () => {
    for (const [args, names] of [
      [['relu', 'exponential', '--ylim', '-1:5'], ['relu', 'exponential (cut above 5)']],
      [['relu', 'relu'], ['relu', 'relu #2']],
      [['elu', 'relu', '--vary', 'alpha=0.5,2', '-d'], ['elu', "elu'", 'relu', "relu'"]],
    ] as const) {
      const path = join(dir, 'names.html');
      const r = act(['plot', ...args, '-o', path]);
      expect(r.code).toBe(0);
      const { vega, data } = inline(readFileSync(path, 'utf8'));
      const color = (vega as { scales: { name: string; domain: unknown }[] }).scales.find((s) => s.name === 'color')!;
      expect(color.domain).toEqual([...names]);
      expect([...new Set(data.series.map((s) => s.series))]).toEqual([...names]);
    }
  });

  it('keeps labels inside their script element and the title escaped', () => {
    const html = page(['a</script><b>x=relu'], 'label.html');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('<title>a&lt;/script&gt;&lt;b&gt;x</title>');
    expect(inline(html).data.series[0].series).toBe('a</script><b>x');
  });

  it("a family's legend entry keeps only the notes every member has, whichever member comes first", () => {
    const entries = (args: string[], name: string): unknown[] => {
      const r = act(['plot', ...args, '-o', join(dir, name)]);
      expect(r.code, r.stderr).toBe(0);
      const { vega, data } = inline(readFileSync(join(dir, name), 'utf8'));
      const color = (vega as { scales: { name: string; domain: unknown }[] }).scales.find((s) => s.name === 'color')!;
      expect([...new Set(data.series.map((s) => s.series))]).toEqual(color.domain); // rows and legend agree
      return color.domain as unknown[];
    };
    // b = 100 overflows from x ≈ 7.1, b = 1 does not: the entry said so only when b = 100 came first
    expect(entries(['exp(b*x)', '--vary', 'b=1,100', '--from', '0', '--to', '10'], 'f1.html')).toEqual(['exp(b*x)']);
    expect(entries(['exp(b*x)', '--vary', 'b=100,1', '--from', '0', '--to', '10'], 'f2.html')).toEqual(['exp(b*x)']); // was 'exp(b*x) (∞ from x ≈ 7.09783)'
    // a note every member has stays
    expect(entries(['b*x', '--vary', 'b=1,2', '--logy'], 'f3.html')).toEqual(['b*x (y ≤ 0 not drawn on a log scale)']);
  });

  it("takes the page's <title> from the chart's title, not the legend's entries with their notes", () => {
    const data = join(dir, 'inf.csv');
    writeFileSync(data, 'x,y\n1,inf\n2,3\n');
    const noted = (args: string[], name: string): string => {
      const r = act(['plot', ...args, '-o', join(dir, name)]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^act: warning: y: ∞ at x = 1/); // the note the legend adds
      return readFileSync(join(dir, name), 'utf8');
    };
    expect(noted(['-i', data], 'noted.html')).toContain('<title>y</title>'); // was "y (∞ at x = 1)"
    expect(noted(['sigmoid', '-i', data, '--logy'], 'noted2.html')).toContain('<title>sigmoid, y</title>');
    expect(page(['elu', '--vary', 'alpha=1,2', '-d'], 'family.html')).toContain("<title>elu, elu'</title>"); // as the chart's title: the slider says the value
    expect(page(['gelu', '--title', 'a & <b>'], 'given.html')).toContain('<title>a &amp; &lt;b&gt;</title>');
  });

  it('is the same from act batch and from the library', async () => {
    const direct = page(['relu', 'gelu'], 'direct.html');
    const batched = join(dir, 'batched.html');
    const r = act(['batch'], { input: `plot relu gelu -o ${batched}\n` });
    expect(r.code).toBe(0);
    expect(readFileSync(batched, 'utf8')).toBe(direct);
    expect(await plot(['relu', 'gelu'], { format: 'html' })).toBe(direct);
    const varied = page(['elu', '--vary', 'alpha=0.5,1,2'], 'varied.html');
    expect(await plot('elu', { format: 'html', vary: 'alpha=0.5,1,2' })).toBe(varied);
  });

  it('writes to stdout with --format html, and refuses --facet', () => {
    const out = act(['plot', 'relu', '--format', 'html']);
    expect(out.code).toBe(0);
    expect(out.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    const facet = act(['plot', 'relu', 'gelu', '--facet', '-o', join(dir, 'f.html')]);
    expect(facet.code).toBe(2);
    expect(facet.stderr).toMatch(/^act: --facet makes no HTML page/);
  });
});
