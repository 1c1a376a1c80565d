/** act plot with data (issue 19) as images, and 10^6 piped rows in flat memory. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { act, BIN, ROOT } from '../helpers/cli.js';
import { colorCount, hexColor, readPng, type Pixels, type Rgb } from '../helpers/image.js';

const tsv = 'x\tmeasured\n-3\t-0.004\n-2\t-0.05\n-1\t-0.16\n0\t0\n1\t0.84\n2\t1.95\n3\t2.996\n';
const ORANGE = hexColor('#ff7f0e'); // tab10's second colour: the data, after gelu
const BLUE = hexColor('#1f77b4');

/** Separate blobs of (nearly) this colour: 4-connected components of at least `min` pixels. */
function blobs(p: Pixels, color: Rgb, min = 10): number {
  const near = (i: number): boolean => Math.hypot(p.data[4 * i] - color[0], p.data[4 * i + 1] - color[1], p.data[4 * i + 2] - color[2]) <= 40;
  const seen = new Uint8Array(p.width * p.height);
  let count = 0;
  for (let start = 0; start < seen.length; start++) {
    if (seen[start] || !near(start)) continue;
    let size = 0;
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const i = stack.pop()!;
      size++;
      const [x, y] = [i % p.width, Math.floor(i / p.width)];
      for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
        const [u, v] = [x + dx, y + dy];
        const j = v * p.width + u;
        if (u >= 0 && v >= 0 && u < p.width && v < p.height && !seen[j] && near(j)) {
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
    if (size >= min) count++;
  }
  return count;
}

describe('act plot gelu -i data.tsv as images', () => {
  const dir = mkdtempSync(join(tmpdir(), 'act-plot-data-'));
  const data = join(dir, 'data.tsv');
  writeFileSync(data, tsv);

  it('act plot gelu -i data.tsv -o d.png shows the points and the curve', () => {
    const file = join(dir, 'd.png');
    const r = act(['plot', 'gelu', '-i', data, '--scale', '1', '-o', file]);
    expect(r.stderr).toBe('');
    const png = readPng(readFileSync(file));
    expect([png.width, png.height]).toEqual([640, 480]);
    expect(blobs(png, ORANGE)).toBe(8); // seven points and the legend's dot
    expect(colorCount(png, BLUE)).toBeGreaterThan(500); // the curve
    // the function alone has no orange at all
    const alone = join(dir, 'alone.png');
    act(['plot', 'gelu', '--from', '-3', '--to', '3', '--scale', '1', '-o', alone]);
    expect(colorCount(readPng(readFileSync(alone)), ORANGE)).toBe(0);
  });

  it('draws the same chart as SVG and PDF, with the same legend', () => {
    const svg = act(['plot', 'gelu', '-i', data, '--svg-text', '--format', 'svg', '-o', '-']).stdout;
    expect(svg).toMatch(/>measured</);
    expect(svg).toMatch(/>gelu</);
    const pdf = join(dir, 'd.pdf');
    expect(act(['plot', 'gelu', '-i', data, '-o', pdf]).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('10^6 piped rows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'act-plot-big-'));
  const csv = join(dir, 'big.csv');
  const lines = ['x,y'];
  for (let i = 0; i < 1_000_000; i++) lines.push(`${i / 1000},${i === 123_457 ? 25 : Math.sin(i / 50_000)}`);
  writeFileSync(csv, `${lines.join('\n')}\n`);

  const run = (args: string): { mb: number; stdout: string } => {
    const rss = join(dir, 'rss');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" --import ./test/helpers/maxrss.mjs "${BIN}" plot ${args} < "${csv}"`], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, ACT_MAXRSS_FILE: rss },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return { mb: Number(readFileSync(rss, 'utf8')) / 1024, stdout: r.stdout };
  };

  it('stay under 150 MB peak in the terminal, where a one-row spike still shows', () => {
    const { mb, stdout } = run('-w 80 -H 20');
    expect(mb).toBeLessThan(150);
    const top = stdout.split('\n')[1];
    expect(Number(top.split('┤')[0])).toBeGreaterThanOrEqual(25); // the y axis reaches the spike
    expect(stdout.split('\n').slice(1, 4).join('')).toMatch(/│/); // and the spike is drawn up there
  }, 120_000);

  it('stay under 150 MB peak as a PNG, the spike drawn', () => {
    const png = join(dir, 'big.png');
    const { mb } = run(`--scale 1 --no-legend -o "${png}"`);
    expect(mb).toBeLessThan(150);
    const p = readPng(readFileSync(png));
    // the spike reaches the top of the plot (y from 0 to 25): in the band of y from about 20 to
    // 24, the only blue is the spike, one narrow vertical line (the sine stays below 1)
    const xs: number[] = [];
    for (let y = 60; y < 100; y++) for (let x = 0; x < p.width; x++) if (Math.hypot(...[0, 1, 2].map((c) => p.data[4 * (y * p.width + x) + c] - BLUE[c])) <= 40) xs.push(x);
    expect(xs.length).toBeGreaterThanOrEqual(40); // every row of the band
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(6);
  }, 120_000);
});
