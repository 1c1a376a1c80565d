/**
 * `act plot -o x.html` in a real browser (headless chromium through playwright-core): the page
 * loads from file:// with no network and no console error, draws the series, shows act's exact
 * values in its tooltips, follows its slider, hides a series from its legend, zooms and resets,
 * and looks like the PNG of the same chart. Skipped, with the reason, where chromium is missing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/spec/evaluate.js';
import { act } from '../helpers/cli.js';
import { chromiumMissing, openBrowser, type Browser } from '../helpers/browser.js';

if (chromiumMissing) console.warn(`act: ${chromiumMissing}`);

const dir = mkdtempSync(join(tmpdir(), 'act-html-'));
const page = (args: string[], name: string, input?: string): string => {
  const path = join(dir, name);
  const r = act(['plot', ...args, '-o', path], { input });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return path;
};

interface Loaded {
  readonly page: Page;
  readonly requests: string[];
  readonly problems: string[];
}

/** The file opened in a new tab, every request recorded (and any off the file refused), console errors and warnings kept. */
async function load(browser: Browser, path: string): Promise<Loaded> {
  const tab = await browser.context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  await tab.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  tab.on('request', (r) => requests.push(r.url()));
  tab.on('console', (m) => (m.type() === 'error' || m.type() === 'warning' ? problems.push(`${m.type()}: ${m.text()}`) : undefined));
  tab.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await tab.goto(pathToFileURL(path).href);
  await tab.waitForSelector('body[data-ready]');
  expect(await tab.evaluate(() => document.body.dataset.ready)).toBe('true');
  return { page: tab, requests, problems };
}

interface Scales {
  x: { domain: [number, number]; range: [number, number] };
  y: { domain: [number, number]; range: [number, number] };
  origin: [number, number];
}

const scales = (tab: Page): Promise<Scales> =>
  tab.evaluate(() => {
    const view = (window as unknown as { actView: { scale(n: string): { domain(): [number, number]; range(): [number, number] } } }).actView;
    // the plot's corner on the page (below the title): where the marks' coordinates start
    const ctm = (document.querySelector('g.mark-group.role-frame.root') as SVGGraphicsElement).getScreenCTM()!;
    return { x: { domain: view.scale('x').domain(), range: view.scale('x').range() }, y: { domain: view.scale('y').domain(), range: view.scale('y').range() }, origin: [ctm.e, ctm.f] as [number, number] };
  });

const linear = (s: { domain: [number, number]; range: [number, number] }) => (v: number) => s.range[0] + ((v - s.domain[0]) / (s.domain[1] - s.domain[0])) * (s.range[1] - s.range[0]);
const invert = (s: { domain: [number, number]; range: [number, number] }) => (p: number) => s.domain[0] + ((p - s.range[0]) / (s.range[1] - s.range[0])) * (s.domain[1] - s.domain[0]);

/** The line paths drawn: their stroke colour, opacity and points (in the plot's pixels). */
const lines = (tab: Page) =>
  tab.$$eval('g.mark-line path', (paths) =>
    paths.map((p) => ({
      stroke: p.getAttribute('stroke'),
      opacity: Number(getComputedStyle(p).opacity) * Number(p.getAttribute('opacity') ?? 1),
      d: p.getAttribute('d') ?? '',
    })),
  );

/** Moves the slider to `position` and waits until the view has drawn that member. */
async function showMember(tab: Page, position: number): Promise<void> {
  await tab.locator('.vega-bind input[type=range]').fill(String(position));
  await tab.waitForFunction((v) => (window as unknown as { actView: { signal(n: string): number } }).actView.signal('member') === v, position);
  await tab.evaluate(() => (window as unknown as { actView: { runAsync(): Promise<unknown> } }).actView.runAsync().then(() => null));
}

/** The tooltip's text with the pointer on the plot's point (x, y), in data units. */
async function tooltipAt(tab: Page, x: number, y: number): Promise<string> {
  const s = await scales(tab);
  await tab.mouse.move(s.origin[0] + linear(s.x)(x), s.origin[1] + linear(s.y)(y));
  await tab.locator('#act-tooltip').waitFor({ state: 'visible' });
  return (await tab.locator('#act-tooltip').textContent()) ?? '';
}

const points = (d: string): [number, number][] => [...d.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe.skipIf(chromiumMissing !== undefined)('act plot -o x.html in chromium', () => {
  let browser: Browser;
  let gelu: string;
  let family: string;
  let pair: string;

  beforeAll(async () => {
    gelu = page(['gelu'], 'gelu.html');
    family = page(['elu', '--vary', 'alpha=0.2:2', '-d'], 'elu.html');
    pair = page(['relu', 'gelu', '-d'], 'pair.html');
    browser = await openBrowser();
  }, 60_000);
  afterAll(async () => browser?.close());

  it('loads from file:// with no other request and no console error or warning; under 1.5 MB for one function', async () => {
    for (const path of [gelu, family, pair]) {
      const { page: tab, requests, problems } = await load(browser, path);
      expect(requests).toEqual([pathToFileURL(path).href]);
      expect(problems).toEqual([]);
      await tab.close();
    }
    expect(readFileSync(gelu).length).toBeLessThan(1.5e6);
    expect(readFileSync(pair).length).toBeLessThan(1.5e6);
  });

  it('draws the expected series, named in the legend, in the colours of the image', async () => {
    const { page: tab } = await load(browser, pair);
    expect(await tab.$$eval('g.role-legend-label text', (t) => t.map((e) => e.textContent))).toEqual(['relu', "relu'", 'gelu', "gelu'"]);
    const drawn = await lines(tab);
    expect(drawn.map((l) => l.stroke)).toEqual(['#1f77b4', '#1f77b4', '#ff7f0e', '#ff7f0e']);
    expect(drawn.every((l) => points(l.d).length > 100)).toBe(true);
    await tab.close();
  });

  it('draws piped data as points beside a family: one line for the member shown, every data point', async () => {
    const path = page(['elu', '--vary', 'alpha=0.5,1'], 'data.html', 'x,a,b\n0,1,2\n1,2,3\n2,3,5\n');
    const { page: tab, problems } = await load(browser, path);
    expect(problems).toEqual([]);
    expect(await tab.$$eval('g.role-legend-label text', (t) => t.map((e) => e.textContent))).toEqual(['elu', 'a', 'b']);
    expect(await lines(tab)).toHaveLength(1);
    const dots = await tab.$$eval('g.mark-symbol.role-mark path', (ps) => ps.filter((p) => Number(p.getAttribute('opacity') ?? 1) > 0).map((p) => p.getAttribute('fill')));
    expect(dots).toEqual(['#ff7f0e', '#ff7f0e', '#ff7f0e', '#2ca02c', '#2ca02c', '#2ca02c']);
    await tab.close();
  });

  it("hovering a point shows act's exact x, f and f' for that point", async () => {
    const { page: tab } = await load(browser, pair);
    const s = await scales(tab);
    const target = 1.3;
    const px = s.origin[0] + linear(s.x)(target);
    const py = s.origin[1] + linear(s.y)(evaluate('gelu', [target])[0]);
    await tab.mouse.move(px, py);
    const tip = tab.locator('#act-tooltip');
    await tip.waitFor({ state: 'visible' });
    const text = (await tip.textContent()) ?? '';
    const x = Number(/^x = (\S+)$/m.exec(text)![1]);
    // the sample under the pointer: within the hover point's radius (5 px) of where it was pointed
    expect(Math.abs(x - target)).toBeLessThan((5 / (s.x.range[1] - s.x.range[0])) * (s.x.domain[1] - s.x.domain[0]));
    const series = /^series: (\S+)$/m.exec(text)![1];
    const name = series.replace(/'$/, '');
    // every digit, as act computes it (String() is the shortest round-trip form)
    expect(text).toContain(`\nf(x) = ${String(evaluate(name, [x])[0])}\n`);
    expect(text).toContain(`\nf'(x) = ${String(evaluate(name, [x], { derivative: true })[0])}`);
    expect(text.split('\n')).toHaveLength(4);
    await tab.close();
  });

  it('moving the slider draws the member for that value, both f and f', async () => {
    const { page: tab } = await load(browser, family);
    const before = await lines(tab);
    const slider = tab.locator('.vega-bind input[type=range]');
    expect(await slider.getAttribute('min')).toBe('0.2');
    expect(await slider.getAttribute('max')).toBe('2');
    for (const alpha of [0.2, 1.5, 2]) {
      await showMember(tab, alpha);
      const s = await scales(tab);
      const drawn = await lines(tab);
      expect(drawn).toHaveLength(2);
      drawn.forEach((line, k) => {
        const derivative = k === 1;
        // every vertex where act's member for alpha puts it (vega writes 3 decimals: 0.001 px)
        const misses = points(line.d).filter(([px, py]) => {
          const x = invert(s.x)(px);
          const expected = linear(s.y)(evaluate(`elu(alpha=${alpha})`, [x], { derivative })[0]);
          return Math.abs(py - expected) > 0.01 && !(derivative && Math.abs(x) < 1e-2); // f' jumps at the kink
        });
        expect(misses, `alpha=${alpha} ${derivative ? "f'" : 'f'}`).toEqual([]);
      });
      if (alpha !== 0.2) expect(drawn[0].d).not.toBe(before[0].d);
    }
    // the tooltip names the member
    const text = await tooltipAt(tab, -3, evaluate('elu(alpha=2)', [-3])[0]);
    expect(text).toContain('alpha = 2');
    const x = Number(/^x = (\S+)$/m.exec(text)![1]);
    expect(text).toContain(`elu(x) = ${String(evaluate('elu(alpha=2)', [x])[0])}`);
    await tab.close();
  });

  it('between unevenly spaced values the label and the tooltip name the member drawn, not the slider position', async () => {
    const path = page(['elu', '--vary', 'alpha=0.1,1,10'], 'uneven.html');
    const { page: tab, problems } = await load(browser, path);
    const slider = tab.locator('.vega-bind input[type=range]');
    expect(await slider.getAttribute('step')).toBe('0.9'); // positions 0.1, 1, 1.9, ..., 10
    const label = tab.locator('.vega-bind input[type=range] + span');
    for (const [position, alpha] of [[0.1, 0.1], [1, 1], [1.9, 1], [5.5, 10], [4.6, 1], [10, 10]] as const) {
      await showMember(tab, position);
      expect(await label.textContent(), `position ${position}`).toBe(String(alpha));
      // the curve drawn is alpha's: its left end, elu(-5) = alpha·(e^-5 - 1)
      const s = await scales(tab);
      const [, py] = points((await lines(tab))[0].d)[0];
      expect(Math.abs(invert(s.y)(py) - evaluate(`elu(alpha=${alpha})`, [-5])[0]), `position ${position}`).toBeLessThan(0.02 * alpha);
    }
    // at position 5.5 (alpha = 10 drawn) the tooltip says alpha = 10, with its values
    await showMember(tab, 5.5);
    const text = await tooltipAt(tab, -2, evaluate('elu(alpha=10)', [-2])[0]);
    expect(text).toContain('alpha = 10\n');
    const x = Number(/^x = (\S+)$/m.exec(text)![1]);
    expect(text).toContain(`elu(x) = ${String(evaluate('elu(alpha=10)', [x])[0])}`);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it("act gradient's page: the tooltip names the layer and grad_norm", async () => {
    const path = join(dir, 'gradient.html');
    const r = act(['gradient', 'relu', '--depth', '5', '--width', '16', '--batch', '8', '-o', path]);
    expect(r.code, r.stderr).toBe(0);
    const { page: tab, problems } = await load(browser, path);
    const s = await scales(tab);
    const row = await tab.evaluate(() => (window as unknown as { actView: { data(n: string): { x: number; y: number }[] } }).actView.data('curves')[2]);
    await tab.mouse.move(s.origin[0] + s.x.range[0] + ((row.x - s.x.domain[0]) / (s.x.domain[1] - s.x.domain[0])) * (s.x.range[1] - s.x.range[0]), s.origin[1] + s.y.range[0] + ((Math.log10(row.y) - Math.log10(s.y.domain[0])) / (Math.log10(s.y.domain[1]) - Math.log10(s.y.domain[0]))) * (s.y.range[1] - s.y.range[0]));
    await tab.locator('#act-tooltip').waitFor({ state: 'visible' });
    expect(await tab.locator('#act-tooltip').textContent()).toBe(`series: relu\nlayer = 3\ngrad_norm = ${String(row.y)}`);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('clicking a legend entry hides its series, clicking again shows it', async () => {
    const { page: tab } = await load(browser, pair);
    const entry = tab.locator('g.role-legend-label text', { hasText: /^gelu$/ });
    await entry.click();
    await tab.waitForTimeout(100);
    let drawn = await lines(tab);
    expect(drawn.map((l) => l.opacity)).toEqual([1, 1, 0, 1]);
    // its legend entry fades, the others stay
    const entryOpacity = () => tab.$$eval('g.role-legend-label text', (t) => t.map((e) => Number(e.getAttribute('opacity') ?? 1)));
    expect(await entryOpacity()).toEqual([1, 1, 0.35, 1]);
    await entry.click();
    await tab.waitForTimeout(100);
    drawn = await lines(tab);
    expect(drawn.map((l) => l.opacity)).toEqual([1, 1, 1, 1]);
    expect(await entryOpacity()).toEqual([1, 1, 1, 1]);
    await tab.close();
  });

  it('zooms with the wheel, pans with a drag, and a double-click resets (with a slider too)', async () => {
    for (const path of [gelu, family]) await zoomPanReset(path);
  });

  async function zoomPanReset(path: string): Promise<void> {
    const { page: tab } = await load(browser, path);
    const start = await scales(tab);
    const centre: [number, number] = [start.origin[0] + 280, start.origin[1] + 190];
    await tab.mouse.move(...centre);
    await tab.mouse.wheel(0, -400);
    await tab.waitForTimeout(200);
    const zoomed = await scales(tab);
    expect(zoomed.x.domain[1] - zoomed.x.domain[0]).toBeLessThan((start.x.domain[1] - start.x.domain[0]) * 0.8);
    await tab.mouse.down();
    await tab.mouse.move(centre[0] + 100, centre[1], { steps: 5 });
    await tab.mouse.up();
    await tab.waitForTimeout(200);
    const panned = await scales(tab);
    expect(panned.x.domain[0]).toBeLessThan(zoomed.x.domain[0]);
    await tab.mouse.dblclick(...centre);
    await tab.waitForTimeout(200);
    expect((await scales(tab)).x.domain).toEqual(start.x.domain);
    await tab.close();
  }

  it('looks like the PNG of the same chart', async () => {
    // resvg's PNG in every setup: where node-canvas is built it draws the default PNG, and cairo
    // anti-aliases differently (0.18% of pixels, measured), which says nothing about the page
    const png = PNG.sync.read(readFileSync(page(['relu', 'gelu', '-d', '--renderer', 'resvg'], 'pair.png')));
    const hidpi = await openBrowser({ deviceScaleFactor: 2 });
    try {
      const { page: tab } = await load(hidpi, pair);
      const shot = PNG.sync.read(await tab.screenshot({ clip: { x: 0, y: 0, width: 640, height: 480 } }));
      writeFileSync(join(dir, 'pair-screenshot.png'), PNG.sync.write(shot));
      expect([shot.width, shot.height]).toEqual([png.width, png.height]);
      let differ = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const d = Math.max(Math.abs(png.data[i] - shot.data[i]), Math.abs(png.data[i + 1] - shot.data[i + 1]), Math.abs(png.data[i + 2] - shot.data[i + 2]));
        if (d > 64) differ++;
      }
      const fraction = differ / (png.width * png.height);
      console.log(`html screenshot vs PNG: ${(fraction * 100).toFixed(3)}% of pixels differ by more than 64/255 (${dir})`);
      // measured 0.007%: resvg and Skia antialias edges and glyphs a little differently; one tick label
      // moved or drawn in another font changes about 0.03% (some 400 pixels of ink at 2x), a wrong
      // colour, legend place or size far more
      expect(fraction).toBeLessThan(0.001);
    } finally {
      await hidpi.close();
    }
  });
});
