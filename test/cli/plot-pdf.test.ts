/**
 * `act plot -o FILE.pdf` without node-canvas: a vector PDF from pdfkit, read back with poppler as a
 * viewer would. pdftotext finds its text (so it is selectable and searchable); pdftoppm rasterises
 * the page, and the picture matches the PNG act draws of the same chart.
 * poppler-utils is installed by CI; on a machine without it these tests say so in their names, and
 * under CI a missing pdftotext fails them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { actOk } from '../helpers/cli.js';
import { pictureDifference, readPng } from '../helpers/image.js';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const skip = !hasPoppler && process.env.CI !== 'true';
const named = (name: string) => (skip ? `${name} [skipped: poppler-utils (pdftotext, pdftoppm) is not installed]` : name);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'act-pdf-'));
});

function run(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  expect(r.status, `${tool} ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.stdout;
}

const chart = ['plot', 'gelu', 'relu', '-d', '--title', 'GELU and ReLU'];

describe('act plot -o FILE.pdf (pdfkit)', () => {
  it('takes its creation date from SOURCE_DATE_EPOCH, so the same chart is the same bytes run after run; else now', () => {
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const [a, b] = ['a', 'b'].map((name) => {
      const path = join(dir, `epoch-${name}.pdf`);
      actOk([...chart, '-o', path], { env });
      return readFileSync(path);
    });
    expect(a.equals(b)).toBe(true);
    expect(a.toString('latin1')).toContain('(D:20231114221320Z)');
    const now = join(dir, 'now.pdf');
    const before = new Date().getUTCFullYear();
    actOk([...chart, '-o', now], { env: { SOURCE_DATE_EPOCH: undefined } }); // whatever the environment running the tests sets
    expect(readFileSync(now).toString('latin1')).toMatch(new RegExp(`\\(D:${before}\\d{10}Z\\)`));
  });

  it.skipIf(skip)(named('its text is text: pdftotext finds the title, tick labels and legend'), () => {
    const path = join(dir, 'chart.pdf');
    actOk([...chart, '-o', path]);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const words = run('pdftotext', [path, '-']).split(/\s+/);
    for (const w of ['GELU', 'and', 'ReLU', '−4', '−2', '0', '2', '4', '5', 'gelu', "gelu'", 'relu', "relu'", 'x', 'y']) expect(words, w).toContain(w);
    // the bundled font, embedded as a subset (a subset's name has a 6-letter tag): only what is used
    expect(run('pdffonts', [path])).toMatch(/^[A-Z]{6}\+DejaVuSans\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/m);
    expect(bytes.length).toBeLessThan(30_000);
    expect(run('pdfinfo', [path])).toMatch(/^Title:\s+GELU and ReLU$/m);
    expect(run('pdfinfo', [path])).toMatch(/^Page size:\s+640 x 480 pts/m);
  });

  it.skipIf(skip)(named('pdftoppm draws the page as act draws the PNG'), () => {
    const pdf = join(dir, 'same.pdf');
    actOk([...chart, '-o', pdf]);
    // resvg's PNG, in every setup (node-canvas, where installed, rasterises its own way)
    actOk([...chart, '--renderer', 'resvg', '-o', join(dir, 'same.png')]);
    // one PDF point is one CSS pixel: 144 dpi gives the PNG's 2 pixels per CSS pixel, 1280x960
    run('pdftoppm', ['-r', '144', '-png', '-singlefile', pdf, join(dir, 'from-pdf')]);
    const page = readPng(readFileSync(join(dir, 'from-pdf.png')));
    const png = readPng(readFileSync(join(dir, 'same.png')));
    expect([page.width, page.height]).toEqual([1280, 960]);
    // Measured: the same chart differs in 0.03% of its pixels (poppler and resvg set glyph edges
    // apart by more than a pixel here and there); one more character in the title moves it half a
    // character and differs in 0.19%, another function in place of relu in 2.4%. So 0.1% passes
    // the same picture with room and fails a title shifted by 3 pixels.
    expect(pictureDifference(page, png).share).toBeLessThan(0.001);
    actOk(['plot', 'gelu', 'relu', '-d', '--title', 'GELU and ReLU!', '--renderer', 'resvg', '-o', join(dir, 'other.png')]);
    expect(pictureDifference(page, readPng(readFileSync(join(dir, 'other.png')))).share).toBeGreaterThan(0.001);
  });
});
