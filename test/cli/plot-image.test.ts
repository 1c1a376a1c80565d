/** `act plot -o FILE`, run as a user would: the real bin/act, real files, decoded images. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { DOMParser } from '@xmldom/xmldom';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { TAB10 } from '../../src/render/colors.js';
import { act, actOk, BIN, ROOT } from '../helpers/cli.js';
import { hasCanvas, needsCanvas } from '../helpers/canvas.js';
import { colorCount, colorNear, hexColor, pictureDifference, plotFrame, readPng, type Pixels } from '../helpers/image.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'act-image-'));
});

/** An SVG parsed as XML (a parse error throws). */
function parsedSvg(svg: string) {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
}

/** Elements' text in an SVG: <text> elements', or, where glyphs are drawn as paths, the paths' aria-labels. */
function svgTexts(svg: string): string[] {
  const doc = parsedSvg(svg);
  const texts = doc.getElementsByTagName('text');
  const paths = doc.getElementsByTagName('path');
  return [
    ...Array.from({ length: texts.length }, (_, i) => texts.item(i)!.textContent ?? ''),
    ...Array.from({ length: paths.length }, (_, i) => paths.item(i)!.getAttribute('aria-label')).filter((l): l is string => l !== null),
  ];
}

/** A picture of an SVG drawn by resvg with no fonts at all: only the shapes the SVG itself holds. */
function withoutFonts(svg: string): Pixels {
  const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: false } });
  return readPng(Buffer.from(resvg.render().asPng()));
}

describe('act plot -o FILE.svg', () => {
  it('writes an SVG that parses as XML, with the title, axis labels and legend drawn as glyph paths', () => {
    const path = join(dir, 'relu-gelu.svg');
    actOk(['plot', 'relu', 'gelu', '-d', '--title', 'Two & <more>', '-o', path]);
    const svg = readFileSync(path, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/<text|font-family/);
    const texts = svgTexts(svg);
    for (const t of ['Two & <more>', 'x', 'y', 'relu', "relu'", 'gelu', "gelu'", '−2', '0', '2']) expect(texts, t).toContain(t);
    expect(svg).toMatch(/width="640" height="480"/);
  });

  it('an XML parse failure is caught', () => {
    expect(() => svgTexts('<svg><text>a</svg>')).toThrow();
  });

  it('draws the same without any font: resvg with no fonts loaded matches the PNG', () => {
    const args = ['plot', 'gelu', 'relu', '-d', '--title', 'GELU & ReLU, wrapped onto a second line because it is far too long for one', '--ylabel', 'f(x) and f′(x)'];
    actOk([...args, '-o', join(dir, 'portable.svg')]);
    // resvg's PNG, in every setup (node-canvas, where installed, rasterises its own way)
    actOk([...args, '--renderer', 'resvg', '-o', join(dir, 'portable.png')]);
    actOk([...args, '--svg-text', '-o', join(dir, 'text.svg')]);
    const png = readPng(readFileSync(join(dir, 'portable.png')));
    // resvg's PNG is drawn from the glyph-path SVG itself (image.ts): the same pixels; the same
    // SVG with real text, whose text then vanishes, differs in about 0.15%.
    expect(pictureDifference(withoutFonts(readFileSync(join(dir, 'portable.svg'), 'utf8')), png).share).toBeLessThan(0.0001);
    expect(pictureDifference(withoutFonts(readFileSync(join(dir, 'text.svg'), 'utf8')), png).share).toBeGreaterThan(0.0005);
  });

  it('a text with a character the font lacks stays text in the SVG, and the PNG still draws it with the font', () => {
    // DejaVu Sans has no CJK: the title stays a <text>, for which resvg's PNG loads the font
    const args = ['plot', 'relu', '--title', 'WWWW 中 WWWW'];
    actOk([...args, '-o', join(dir, 'cjk.svg')]);
    // 中 itself is the font's box, which act names
    const png = act([...args, '--renderer', 'resvg', '-o', join(dir, 'cjk.png')]);
    expect([png.code, png.stderr]).toEqual([0, "act: warning: the image's font (DejaVu Sans) has no glyph for 中: drawn as boxes in a PNG (an SVG keeps such text as text)\n"]);
    const svg = readFileSync(join(dir, 'cjk.svg'), 'utf8');
    expect(svg).toMatch(/<text[^>]*>WWWW 中 WWWW<\/text>/);
    // without a font the title's Ws vanish: about 0.1% of the pixels
    expect(pictureDifference(withoutFonts(svg), readPng(readFileSync(join(dir, 'cjk.png')))).share).toBeGreaterThan(0.0005);
  });

  it('--svg-text keeps real text, naming fallback fonts, and draws as the PNG with the font', () => {
    const svg = readFileSync(join(dir, 'text.svg'), 'utf8');
    expect(svg).toMatch(/<text[^>]*font-family="DejaVu Sans, Verdana, sans-serif"/);
    expect(svg).not.toMatch(/font-family="DejaVu Sans"/);
    expect(svgTexts(svg)).toContain('f(x) and f′(x)');
  });

  it('--svg-text is for SVG only (exit 2)', () => {
    const r = act(['plot', 'gelu', '--svg-text', '-o', join(dir, 'x.png')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('act: --svg-text applies to SVG output only, not PNG\n');
    expect(act(['plot', 'gelu', '--svg-text']).stderr).toBe('act: --svg-text applies to image output (-o FILE); the terminal chart does not use it\n');
  });

  it('--scale is for PNG only: an SVG, PDF, Vega-Lite spec or page would be the same file without it (exit 2, nothing written)', () => {
    for (const ext of ['svg', 'pdf', 'json', 'html']) {
      const r = act(['plot', 'gelu', '--scale', '3', '-o', join(dir, `scaled.${ext}`)]);
      expect([r.code, r.stderr]).toEqual([2, `act: --scale applies to PNG output only (pixels per CSS pixel), not ${ext.toUpperCase()}: size the image with --width and --height\n`]);
      expect(existsSync(join(dir, `scaled.${ext}`))).toBe(false);
    }
    const facet = act(['plot', 'relu', 'gelu', '--facet', '--scale', '3', '-o', join(dir, 'scaled-facet.svg')]);
    expect([facet.code, facet.stderr]).toEqual([2, 'act: --scale applies to PNG output only (pixels per CSS pixel), not SVG: size the image with --width and --height\n']);
    actOk(['plot', 'gelu', '--scale', '1', '-o', join(dir, 'scaled.png')]);
  });

  it('--color and --no-color are for the terminal chart: with -o a usage error (exit 2), as --canvas; NO_COLOR and FORCE_COLOR in the environment stay fine', () => {
    for (const flag of ['--color', '--no-color']) {
      const r = act(['plot', 'gelu', flag, '-o', join(dir, 'coloured.svg')]);
      expect([r.code, r.stderr]).toEqual([2, `act: ${flag} applies to the terminal chart; -o/--format writes an image\n`]);
    }
    expect(existsSync(join(dir, 'coloured.svg'))).toBe(false);
    actOk(['plot', 'gelu', '-o', join(dir, 'coloured.svg')], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
  });

  it('warns of characters the image font has no glyph for, in a PNG or PDF (drawn as boxes), as matplotlib does; not in an SVG, spec or page', () => {
    const title = ['--title', '激活 ReLU — αβγ ≤ ∞'];
    for (const ext of ['png', 'pdf']) {
      const r = act(['plot', 'relu', ...title, '-o', join(dir, `glyphs.${ext}`)]);
      expect([r.code, r.stderr]).toEqual([0, `act: warning: the image's font (DejaVu Sans) has no glyph for 激 活: drawn as boxes in a ${ext.toUpperCase()} (an SVG keeps such text as text)\n`]);
    }
    const facet = act(['plot', 'relu', 'gelu', '--facet', '--xlabel', '输入 x', '-o', join(dir, 'glyphs-facet.png')]);
    expect(facet.stderr).toBe("act: warning: the image's font (DejaVu Sans) has no glyph for 输 入: drawn as boxes in a PNG (an SVG keeps such text as text)\n");
    for (const ext of ['svg', 'json', 'html']) actOk(['plot', 'relu', ...title, '-o', join(dir, `glyphs.${ext}`)]);
    actOk(['plot', 'relu', '--title', 'Ωmega αβγ ≤ ∞ — ü', '-o', join(dir, 'glyphs-greek.png')]);
  });

  it('--hline-color without an --hline is a usage error, as --hline-label without one is (exit 2, nothing written)', () => {
    const r = act(['plot', 'relu', '--hline-color', 'red', '-o', join(dir, 'no-hline.png')]);
    expect([r.code, r.stderr]).toEqual([2, 'act: --hline-color colours the --hline lines: give at least one --hline\n']);
    expect(existsSync(join(dir, 'no-hline.png'))).toBe(false);
    const facet = act(['plot', 'relu', 'gelu', '--facet', '--hline-color', 'red', '-o', join(dir, 'no-hline-facet.svg')]);
    expect([facet.code, facet.stderr]).toEqual([2, 'act: --hline-color colours the --hline lines: give at least one --hline\n']);
    actOk(['plot', 'relu', '--hline', '1', '--hline-color', 'red', '-o', join(dir, 'hline-red.svg')]);
  });

  it('--no-grid, --no-legend, --hline and own labels change the picture', () => {
    const path = join(dir, 'plain.svg');
    actOk(['plot', 'sigmoid', '--no-legend', '--no-grid', '--hline', '0.5', '--xlabel', 'input', '--ylabel', 'output', '-o', path]);
    const svg = readFileSync(path, 'utf8');
    const texts = svgTexts(svg);
    expect(texts).toContain('input');
    expect(texts).toContain('output');
    expect(texts).not.toContain('sigmoid(x)');
    expect(svg).not.toMatch(/role-legend/);
    expect(svg).not.toMatch(/role-axis-grid/);
    expect(svg).toMatch(/stroke-dasharray="7,4"/);
    const full = readFileSync(join(dir, 'relu-gelu.svg'), 'utf8');
    expect(full).toMatch(/role-legend/);
    expect(full).toMatch(/role-axis-grid/);
  });
});

describe('act plot -o FILE.png', () => {
  // relu over its default range [-5, 5]: x from -5.5 to 5.5 and y from -0.25 to 5.25 with the margins
  let frame: ReturnType<typeof plotFrame>;
  let domains: { x: number[]; y: number[] };
  beforeAll(() => {
    actOk(['plot', 'relu', '-o', join(dir, 'relu.svg')]);
    actOk(['plot', 'relu', '-o', join(dir, 'relu.vl.json')]);
    frame = plotFrame(readFileSync(join(dir, 'relu.svg'), 'utf8'));
    const spec = JSON.parse(readFileSync(join(dir, 'relu.vl.json'), 'utf8'));
    const line = spec.layer.find((l: { mark: { type: string } }) => l.mark.type === 'line');
    domains = { x: line.encoding.x.scale.domain, y: line.encoding.y.scale.domain };
  });

  /** Where the point (x, y) of the data is in the PNG, at its scale. */
  const at = (x: number, y: number, scale = 2): [number, number] => [
    (frame.left + ((x - domains.x[0]) / (domains.x[1] - domains.x[0])) * frame.width) * scale,
    (frame.top + ((domains.y[1] - y) / (domains.y[1] - domains.y[0])) * frame.height) * scale,
  ];

  function checkRelu(png: Pixels): void {
    const blue = hexColor(TAB10[0]);
    expect([png.width, png.height]).toEqual([1280, 960]);
    expect(colorNear(png, ...at(2, 2), blue), 'the curve at relu(2) = 2').toBe(true);
    expect(colorNear(png, ...at(-3, 0), blue), 'the curve at relu(-3) = 0').toBe(true);
    expect(colorNear(png, ...at(2, 4), blue), 'no curve at (2, 4)').toBe(false);
    expect(colorNear(png, ...at(-3, 2), blue), 'no curve at (-3, 2)').toBe(false);
  }

  it('decodes to 1280x960 (640x480 at scale 2), with the curve where relu is', () => {
    const path = join(dir, 'relu.png');
    actOk(['plot', 'relu', '-o', path]);
    checkRelu(readPng(readFileSync(path)));
  });

  it('resvg draws the same: same size, curve in the same place', () => {
    const path = join(dir, 'relu-resvg.png');
    actOk(['plot', 'relu', '--renderer', 'resvg', '-o', path]);
    checkRelu(readPng(readFileSync(path)));
  });

  it.skipIf(!hasCanvas)(needsCanvas('node-canvas draws the same: same size, curve in the same place'), () => {
    const path = join(dir, 'relu-canvas.png');
    actOk(['plot', 'relu', '--renderer', 'canvas', '-o', path]);
    const png = readPng(readFileSync(path));
    checkRelu(png);
    expect(readFileSync(path)[25], 'IHDR colour type').toBe(2); // RGB: an opaque chart stores no alpha
    const resvg = readPng(readFileSync(join(dir, 'relu-resvg.png')));
    expect([png.width, png.height]).toEqual([resvg.width, resvg.height]);
  });

  it('--scale, --width and --height set the pixel size', () => {
    const path = join(dir, 'small.png');
    actOk(['plot', 'tanh', '--scale', '1', '--width', '800', '--height', '500', '-o', path]);
    const png = readPng(readFileSync(path));
    expect([png.width, png.height]).toEqual([800, 500]);
    actOk(['plot', 'tanh', '--scale', '1.5', '--renderer', 'resvg', '-o', path]);
    expect([readPng(readFileSync(path)).width, readPng(readFileSync(path)).height]).toEqual([960, 720]);
  });

  it('--colors colours each function', () => {
    const path = join(dir, 'colors.png');
    actOk(['plot', 'relu', 'tanh', '--colors', 'red,#00ff00', '-o', path]);
    const png = readPng(readFileSync(path));
    expect(colorCount(png, [255, 0, 0], 10)).toBeGreaterThan(500);
    expect(colorCount(png, [0, 255, 0], 10)).toBeGreaterThan(500);
    expect(colorCount(png, hexColor(TAB10[0]), 10)).toBe(0);
  });
});

describe('act plot -o FILE.json (Vega-Lite)', () => {
  it("validates against vega-lite's JSON schema and keeps every sample", () => {
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allowUnionTypes: true, validateFormats: false }).compile(schema);
    for (const [name, args] of [
      ['a.json', ['relu']],
      ['b.vl.json', ['relu', 'softmax', '-d', '--hline', '0', '--markers', '-n', '50']],
    ] as const) {
      const path = join(dir, name);
      actOk(['plot', ...args, '-o', path]);
      const spec = JSON.parse(readFileSync(path, 'utf8'));
      expect(validate(spec), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(spec.$schema).toMatch(/vega-lite\/v6/);
    }
    const relu = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'));
    // 1000 points and the kink at 0
    expect(relu.layer.find((l: { mark: { type: string } }) => l.mark.type === 'line').data.values).toHaveLength(1001);
  });
});

describe('act plot -o FILE.pdf', () => {
  it('writes a PDF without node-canvas, through pdfkit (test/cli/plot-pdf.test.ts reads it back)', () => {
    const path = join(dir, 'gelu.pdf');
    actOk(['plot', 'gelu', '--renderer', 'pdfkit', '-o', path]);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it.skipIf(!hasCanvas)(needsCanvas('--renderer canvas writes a PDF through node-canvas'), () => {
    const path = join(dir, 'gelu-canvas.pdf');
    actOk(['plot', 'gelu', '--renderer', 'canvas', '-o', path]);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it.skipIf(hasCanvas)('--renderer canvas without node-canvas says how to get it (exit 1)', () => {
    const r = act(['plot', 'gelu', '--renderer', 'canvas', '-o', join(dir, 'none.pdf')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^act: --renderer canvas: node-canvas is not installed; to get node-canvas \(an optional renderer\), install cairo and pango .*apt-get install libcairo2-dev.*npm install canvas@3.2.3/);
    expect(existsSync(join(dir, 'none.pdf'))).toBe(false);
  });

  it('refuses --renderer resvg, which makes PNG only, and leaves an existing file alone', () => {
    const path = join(dir, 'kept.pdf');
    writeFileSync(path, 'old');
    const r = act(['plot', 'gelu', '--renderer', 'resvg', '-o', path]);
    expect(r.code).toBe(2); // a usage error: the options contradict each other
    expect(r.stderr).toBe('act: --renderer resvg does not make PDF (-o/--format): PDF comes from pdfkit or canvas\n');
    expect(readFileSync(path, 'utf8')).toBe('old');
  });

  it('refuses --renderer pdfkit for a PNG', () => {
    const r = act(['plot', 'gelu', '--renderer', 'pdfkit', '-o', join(dir, 'no.png')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('act: --renderer pdfkit does not make PNG (-o/--format): PNG comes from canvas or resvg\n');
    expect(existsSync(join(dir, 'no.png'))).toBe(false);
  });
});

describe('act plot -o - (stdout)', () => {
  it('writes SVG and PNG to a pipe', () => {
    const svg = act(['plot', 'relu', '--format', 'svg', '-o', '-']);
    expect(svg.code).toBe(0);
    expect(svg.stdout.startsWith('<svg')).toBe(true);
    const png = spawnSync(process.execPath, [BIN, 'plot', 'relu', '--format', 'png', '--scale', '1', '-o', '-'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    expect(png.status).toBe(0);
    expect([readPng(png.stdout).width, readPng(png.stdout).height]).toEqual([640, 480]);
  });

  it('refuses to write PNG or PDF to a terminal (exit 2), but writes SVG there', () => {
    // script(1) gives act a pseudo-terminal as stdout
    const inTerminal = (args: string) => spawnSync('script', ['-qec', `${process.execPath} ${BIN} ${args}`, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
    const png = inTerminal('plot relu --format png -o -');
    expect(png.status).toBe(2);
    expect(png.stdout).toMatch(/act: not writing PNG to a terminal: redirect stdout \(> file\) or use -o FILE/);
    expect(png.stdout).not.toMatch(/PNG\r?\n.*IHDR/s);
    expect(inTerminal('plot relu --format pdf').status).toBe(2);
    const svg = inTerminal('plot relu --format svg -o -');
    expect(svg.status).toBe(0);
    expect(svg.stdout).toMatch(/^<svg/);
  });

  it('needs --format to write to stdout', () => {
    const r = act(['plot', 'relu', '-o', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('act: writing an image to stdout needs --format svg, png, pdf, json or html\n');
  });
});

describe('writing files', () => {
  it('leaves no temporary file behind', () => {
    const sub = join(dir, 'clean');
    mkdirSync(sub);
    for (const f of ['a.png', 'a.svg', 'a.json']) actOk(['plot', 'elu', '-o', join(sub, f)]);
    actOk(['plot', 'elu', '-o', join(sub, 'a.png')]); // over an existing file
    expect(readdirSync(sub).sort()).toEqual(['a.json', 'a.png', 'a.svg']);
  });

  it('--no-clobber refuses to overwrite (exit 1), and the file stays as it was', () => {
    const path = join(dir, 'existing.png');
    writeFileSync(path, 'precious');
    const r = act(['plot', 'relu', '--no-clobber', '-o', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`act: cannot write ${path}: the file exists (and --no-clobber was given)\n`);
    expect(readFileSync(path, 'utf8')).toBe('precious');
    actOk(['plot', 'relu', '--no-clobber', '-o', join(dir, 'fresh.png')]);
    actOk(['plot', 'relu', '-o', path]);
    expect(readPng(readFileSync(path)).width).toBe(1280);
  });

  it('names an unwritable path (exit 1)', () => {
    const missing = join(dir, 'no-such-folder', 'x.png');
    const r = act(['plot', 'relu', '-o', missing]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`act: cannot write ${missing}: no such folder\n`);
    const folder = join(dir, 'folder.svg');
    mkdirSync(folder);
    expect(act(['plot', 'relu', '-o', folder]).stderr).toBe(`act: cannot write ${folder}: it is a folder\n`);
  });

  it('a process stopped by SIGINT or SIGTERM leaves no image or a whole one, and no temporary file', async () => {
    const sub = join(dir, 'killed');
    mkdirSync(sub);
    for (const [i, delay] of [100, 250, 400, 550, 700, 900].entries()) {
      const path = join(sub, `k${delay}.png`);
      const child = spawn(process.execPath, [BIN, 'plot', 'gelu', 'relu', '-d', '--scale', '4', '-o', path], { cwd: ROOT, stdio: 'ignore' });
      const exited = new Promise((r) => child.on('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill(i % 2 === 0 ? 'SIGINT' : 'SIGTERM');
      await exited;
      if (existsSync(path)) expect(readPng(readFileSync(path)).width, `after ${delay} ms`).toBe(2560);
    }
    expect(readdirSync(sub).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});

describe('usage errors (exit 2)', () => {
  const cases: [string[], RegExp][] = [
    [['-o', 'fig.jpg'], /^act: cannot tell the image format of "fig.jpg": use \.svg, \.png, \.pdf, \.json, \.vl\.json or \.html, or --format\n$/],
    [['--colors', 'red,bleu', '-o', 'x.png'], /^act: --colors: "bleu" is not a colour/],
    [['--colors', 'red,blue', '-o', 'x.png'], /^act: --colors gives 2 colours for 1 function\n$/],
    [['--width', '20', '-o', 'x.png'], /^act: --width of an image must be from 200 to 16384 pixels, got 20\n$/],
    [['--format', 'gif'], /^act: --format must be one of svg, png, pdf, json, html, got "gif"\n$/],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), () => {
      const r = act(['plot', 'relu', ...args], { cwd: dir });
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
      expect(readdirSync(dir)).not.toContain('x.png');
    });
  }
});

describe('examples/seed-figures.sh', () => {
  it("draws the seed's nine figures through one act process, each at 640x480 in its colour", () => {
    const out = join(dir, 'seed');
    // ACT counts the processes the script starts, then runs the real act
    const log = join(dir, 'seed-processes.log');
    const counting = join(dir, 'counting-act');
    writeFileSync(counting, `#!/usr/bin/env bash\necho "$*" >> '${log}'\nexec '${process.execPath}' '${BIN}' "$@"\n`, { mode: 0o755 });
    const r = spawnSync('bash', [join(ROOT, 'examples/seed-figures.sh'), out], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ACT: counting } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe('batch --fail-fast\n');
    const colours: Record<string, string> = {
      sigmoid: TAB10[0],
      tanh: '#0000ff',
      relu: '#ff0000',
      leaky_relu: '#800080',
      prelu: '#ffa500',
      elu: '#008000',
      softmax: '#0000ff',
      swish: '#ff00ff',
      gelu: '#00ffff',
    };
    expect(readdirSync(out).sort()).toEqual(Object.keys(colours).map((n) => `${n}.png`).sort());
    for (const [name, colour] of Object.entries(colours)) {
      const png = readPng(readFileSync(join(out, `${name}.png`)));
      expect([png.width, png.height], name).toEqual([640, 480]);
      expect(colorCount(png, hexColor(colour), 12), name).toBeGreaterThan(500);
    }
    // the sigmoid's green dashed y = 0.5 line, across the plot (and its legend sample)
    expect(colorCount(readPng(readFileSync(join(out, 'sigmoid.png'))), hexColor('#008000'), 12)).toBeGreaterThan(300);
  });
});
