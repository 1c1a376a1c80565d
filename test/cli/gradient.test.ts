/** act gradient through the real bin/act: numbers, determinism, bad input. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { act, parseCsv } from '../helpers/cli.js';

const small = ['--depth', '6', '--width', '16', '--batch', '8'];

describe('act gradient numbers', () => {
  it('writes CSV: one row per activation and layer, with grad_norm', () => {
    const r = act(['gradient', 'sigmoid', 'relu', ...small, '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('activation,layer,grad_norm,weight_grad_norm,mean,std,dead,saturated');
    expect(lines.length).toBe(1 + 2 * 6);
    expect(lines[1].startsWith('sigmoid,1,')).toBe(true);
    expect(lines[12].startsWith('relu,6,')).toBe(true);
    const sigmoid = lines.slice(1, 7).map((l) => Number(l.split(',')[2]));
    expect(sigmoid[5] / sigmoid[0]).toBeGreaterThan(10); // vanishing towards the input
  });

  it('writes the same rows as JSON', () => {
    const csv = act(['gradient', 'tanh', ...small, '--format', 'csv']).stdout;
    const json = JSON.parse(act(['gradient', 'tanh', ...small, '--format', 'json']).stdout);
    expect(json.length).toBe(6);
    expect(json[2].layer).toBe(3);
    expect(json[2].grad_norm).toBe(Number(csv.split('\n')[3].split(',')[2]));
  });

  it('labels a function given twice relu and relu #2, in CSV, JSON and the chart alike, as act plot and act eval do', () => {
    const csv = parseCsv(act(['gradient', 'relu', 'relu', ...small, '--format', 'csv']).stdout);
    expect(csv.rows.length).toBe(12);
    const labels = act(['gradient', 'relu', 'relu', ...small, '--format', 'csv']).stdout.trimEnd().split('\n').slice(1).map((l) => l.split(',')[0]);
    expect([...new Set(labels)]).toEqual(['relu', 'relu #2']);
    const json = JSON.parse(act(['gradient', 'relu', 'relu', ...small, '--format', 'json']).stdout) as { activation: string }[];
    expect([...new Set(json.map((r) => r.activation))]).toEqual(['relu', 'relu #2']);
    expect(act(['gradient', 'relu', 'relu', ...small]).stdout).toMatch(/── relu {3}━━ relu #2/);
  });

  it('is deterministic for a seed and changes with it', () => {
    const a = act(['gradient', 'gelu', ...small, '--seed', '7', '--format', 'csv']).stdout;
    const b = act(['gradient', 'gelu', ...small, '--seed', '7', '--format', 'csv']).stdout;
    const c = act(['gradient', 'gelu', ...small, '--seed', '8', '--format', 'csv']).stdout;
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('takes every initialisation', () => {
    for (const init of ['xavier', 'glorot', 'he', 'kaiming', 'lecun', 'normal:0.3']) {
      const r = act(['gradient', 'relu', ...small, '--init', init, '--format', 'csv']);
      expect(r.code, init).toBe(0);
      expect(parseCsv(r.stdout).rows.length).toBe(6);
    }
  });
});

describe('act gradient bad input (exit 2, one line)', () => {
  const cases: [string[], string][] = [
    [['--depth', '0'], 'act: --depth must be a whole number from 1 to 1000, got "0"'],
    [['--width', '1.5'], 'act: --width must be a whole number from 1 to 2048'],
    [['--batch', '99999'], 'act: --batch must be a whole number from 1 to 2048'],
    [['--init', 'uniform'], 'act: --init must be xavier, he, lecun or normal:STD (STD > 0), got "uniform"'],
    [['--init', 'normal:-1'], 'act: --init must be xavier'],
    [['--seed', '-1'], 'act: --seed must be a whole number'],
    [['--depth', '1000', '--width', '2048', '--batch', '2048'], 'act: the network needs 96128 MB'],
    [['--depth', '10', '--width', '1000', '--batch', '2048'], 'act: depth × width² × batch must be at most 1e+10 in all'],
    [['--format', 'xml'], 'act: --format must be one of chart, csv, json'],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), () => {
      const r = act(['gradient', 'relu', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr.startsWith(message), r.stderr).toBe(true);
      expect(r.stderr.trimEnd().split('\n').length).toBe(1);
    });
  }

  it('refuses a vector function', () => {
    const r = act(['gradient', 'softmax', '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('act: softmax is a vector function; act gradient takes elementwise activations\n');
  });
});

describe('act gradient chart', () => {
  it('draws the gradient norm per layer on a log axis, one series per activation, in 80x24 without escapes', () => {
    const r = act(['gradient', 'sigmoid', 'relu', ...small]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
    expect(lines[0]).toContain('gradient norm by layer: depth 6, width 16, batch 8, xavier, seed 1');
    // decades on the y axis: 1e-4, 0.001, ... (labels of the log axis, not log10 values)
    const yLabels = lines.flatMap((l) => /^\s*(\S+) ┤/.exec(l)?.[1] ?? []);
    expect(yLabels.length).toBeGreaterThanOrEqual(2);
    for (const label of yLabels) expect(Number.isInteger(Math.log10(Number(label))), label).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/sigmoid.*relu/);
    expect(r.stdout).not.toContain('\u001b');
    // the x axis runs over the layers 1..6
    const axis = lines[lines.findIndex((l) => l.includes('└')) + 1].trim().split(/\s+/);
    expect([axis[0], axis.at(-1)]).toEqual(['1', '6']);
  });

  it("takes plot's look options, the size as --chart-width/--chart-height (--width is the network's)", () => {
    const r = act(['gradient', 'sigmoid', 'relu', ...small, '--title', 'T', '--ylabel', 'norm', '--chart-width', '60', '--chart-height', '16', '--no-legend']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(16);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(60);
    expect(lines[0].trim()).toBe('T');
    expect(lines[1]).toBe('norm');
    expect(r.stdout).not.toContain('── sigmoid');
    const linear = act(['gradient', 'sigmoid', ...small, '--no-logy']).stdout;
    expect(linear).not.toMatch(/1e-\d+ ┤/);
  });

  it('refuses image options for the terminal chart, and a --chart-width too small, naming them', () => {
    const scale = act(['gradient', 'relu', ...small, '--scale', '2']);
    expect(scale.code).toBe(2);
    expect(scale.stderr).toBe('act: --scale applies to image output (-o FILE); the terminal chart does not use it\n');
    const narrow = act(['gradient', 'relu', ...small, '--chart-width', '10']);
    expect(narrow.code).toBe(2);
    expect(narrow.stderr).toMatch(/^act: --chart-width must be a whole number of columns from 20 to 1000/);
  });

  it('labels whole layers only, however few (depth 3 had ticks at 1.5 and 2.5), in the terminal, images and the page', () => {
    for (const depth of ['1', '2', '3', '5']) {
      const r = act(['gradient', 'relu', '--depth', depth, '--width', '8', '--batch', '4', '--chart-width', '60', '--chart-height', '8']);
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stdout.split('\n');
      const axis = lines[lines.findIndex((l) => l.includes('└')) + 1].trim().split(/\s+/);
      expect(axis.every((t) => /^\d+$/.test(t)), `depth ${depth}: ${axis.join(' ')}`).toBe(true);
    }
    const dir = mkdtempSync(join(tmpdir(), 'act-gradient-ticks-'));
    expect(act(['gradient', 'relu', '--depth', '3', '--width', '8', '--batch', '4', '-o', join(dir, 'g.json')]).code).toBe(0);
    const spec = JSON.parse(readFileSync(join(dir, 'g.json'), 'utf8'));
    const line = spec.layer.find((l: { mark: { type: string } }) => l.mark.type === 'line');
    expect(line.encoding.x.axis.values).toEqual([1, 2, 3]); // was [1, 1.5, 2, 2.5, 3]
    expect(act(['gradient', 'relu', '--depth', '3', '--width', '8', '--batch', '4', '-o', join(dir, 'g.html')]).code).toBe(0);
    const page = readFileSync(join(dir, 'g.html'), 'utf8');
    const { vega } = JSON.parse(/<script type="application\/json" id="act-chart">(.*?)<\/script>/s.exec(page)![1]);
    const xAxis = vega.axes.find((a: { scale: string; labels?: boolean; ticks?: boolean }) => a.scale === 'x' && a.labels !== false);
    expect(xAxis.values ?? null).toBeNull(); // the page's ticks follow the zoom...
    expect(JSON.stringify(xAxis)).toContain('tickMinStep'); // ...at whole layers
  });

  it('refuses the chart options with --format csv or json, which write the numbers, and --canvas with -o, naming them', () => {
    for (const [args, option] of [
      [['--title', 'T'], '--title'],
      [['--chart-width', '60'], '--chart-width'],
      [['--ylim', '1e-3:1'], '--ylim'],
      [['--no-logy'], '--no-logy'],
      [['--no-legend'], '--no-legend'],
      [['--canvas', 'ascii'], '--canvas'],
      [['--scale', '2'], '--scale'],
      [['--no-clobber'], '--no-clobber'],
      [['--colors', 'red'], '--colors'],
      [['--color'], '--color'],
    ] as const) {
      for (const format of ['csv', 'json']) {
        const r = act(['gradient', 'relu', ...small, '--format', format, ...args]);
        expect([r.code, r.stdout, r.stderr], option).toEqual([2, '', `act: ${option} applies to the chart; --format ${format} prints the numbers\n`]);
      }
    }
    // numbers have no colour to drop: --no-color is no conflict with csv
    expect(act(['gradient', 'relu', ...small, '--format', 'csv', '--no-color']).code).toBe(0);
    // an image neither: as act plot -o refuses them, and none is written
    const image = join(mkdtempSync(join(tmpdir(), 'act-gradient-terminal-only-')), 'g.svg');
    for (const option of [['--canvas', 'braille'], ['--color'], ['--no-color']]) {
      const r = act(['gradient', 'relu', ...small, ...option, '-o', image]);
      expect([r.code, r.stderr], option[0]).toEqual([2, `act: ${option[0]} applies to the terminal chart; -o/--format writes an image\n`]);
    }
    expect(existsSync(image)).toBe(false);
  });

  it('colours the series with --color', () => {
    expect(act(['gradient', 'tanh', ...small, '--color']).stdout).toContain('\u001b[');
  });
});

describe('act gradient image', () => {
  it('writes the chart as SVG with -o, titled and with a legend entry per activation', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'act-gradient-')), 'g.svg');
    const r = act(['gradient', 'sigmoid', 'relu', ...small, '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Gradient norm by layer (xavier initialisation, seed 1)');
    expect(svg).toContain('aria-label="sigmoid"');
    expect(svg).toContain('aria-label="relu"');
  });

  it("takes act plot's image options and refuses them where they do not apply, as act plot -o does", async () => {
    const { mkdtempSync, readFileSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'act-gradient-options-'));
    const text = act(['gradient', 'relu', ...small, '--svg-text', '-o', join(dir, 't.svg')]);
    expect(text.code, text.stderr).toBe(0);
    expect(readFileSync(join(dir, 't.svg'), 'utf8')).toMatch(/<text[^>]*>[^<]*Gradient norm by layer/);
    const pdf = act(['gradient', 'relu', ...small, '--renderer', 'pdfkit', '-o', join(dir, 'g.pdf')]);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(readFileSync(join(dir, 'g.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const svgRenderer = act(['gradient', 'relu', ...small, '--renderer', 'resvg', '-o', join(dir, 'r.svg')]);
    expect([svgRenderer.code, svgRenderer.stderr]).toEqual([2, 'act: --renderer resvg does not make SVG (-o/--format): an SVG has no renderer to choose\n']);
    const pngText = act(['gradient', 'relu', ...small, '--svg-text', '-o', join(dir, 'p.png')]);
    expect([pngText.code, pngText.stderr]).toEqual([2, 'act: --svg-text applies to SVG output only, not PNG\n']);
    const svgScale = act(['gradient', 'relu', ...small, '--scale', '3', '-o', join(dir, 's.svg')]);
    expect([svgScale.code, svgScale.stderr]).toEqual([2, 'act: --scale applies to PNG output only (pixels per CSS pixel), not SVG: size the image with --width and --height\n']);
    expect(readdirSync(dir).sort()).toEqual(['g.pdf', 't.svg']);
  });

  it('act gradient sigmoid relu -o g.png --title T --logy: a PNG on a real log axis, markers in the legend', async () => {
    const { mkdtempSync, readFileSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'act-gradient-'));
    const png = join(dir, 'g.png');
    const r = act(['gradient', 'sigmoid', 'relu', ...small, '-o', png, '--title', 'T', '--logy']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    const json = join(dir, 'g.vl.json');
    expect(act(['gradient', 'sigmoid', 'relu', ...small, '-o', json, '--title', 'T', '--colors', 'red,blue', '--chart-width', '500']).code).toBe(0);
    const spec = JSON.parse(readFileSync(json, 'utf8'));
    const line = spec.layer.find((l: { mark: { type: string } }) => l.mark.type === 'line');
    expect(spec.title.text).toBe('T');
    expect(spec.width).toBe(500);
    expect(line.encoding.y.scale.type).toBe('log');
    expect(line.encoding.color.scale.range).toEqual(['red', 'blue']);
    expect(line.mark.point).toBeTruthy();
    expect(spec.config.legend.symbolType).toMatch(/^M-1,0H1M/); // a line with a dot on it
    // --no-clobber keeps an existing file
    const again = act(['gradient', 'relu', ...small, '-o', png, '--no-clobber']);
    expect(again.code).toBe(1);
    expect(existsSync(png)).toBe(true);
  });

  it("writes an HTML page whose tooltips name the layer and grad_norm, not relu(x) at x", async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'act-gradient-')), 'g.html');
    const r = act(['gradient', 'relu', ...small, '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    const page = readFileSync(file, 'utf8');
    const { data } = JSON.parse(/<script type="application\/json" id="act-chart">(.*?)<\/script>/s.exec(page)![1]);
    expect(data.names).toEqual({ x: 'layer', f: 'grad_norm', df: 'grad_norm' }); // was { f: 'relu(x)', ... }: relu(3) = 0.3
    const csv = parseCsv(act(['gradient', 'relu', ...small, '--format', 'csv']).stdout);
    expect(data.xs[0]).toEqual(csv.rows.map((row) => row[1]));
    expect(data.series[0].v).toEqual(csv.rows.map((row) => row[2]));
  });

  it("checks the image's size as act plot -o does, under gradient's names, before the experiment runs", async () => {
    const { mkdtempSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'act-gradient-size-'));
    for (const [args, message] of [
      // a 64000x48000 PNG: the process was killed for its memory
      [['--scale', '100', '-o', 'g.png'], 'act: --scale 100 makes a PNG wider than 16384 pixels'],
      [['--chart-width', '100', '-o', 'g.svg'], 'act: --chart-width of an image must be from 200 to 16384 pixels, got 100'],
      [['--chart-height', '1e9', '-o', 'g.pdf'], 'act: --chart-height of an image must be from 150 to 16384 pixels, got 1000000000'],
      // checked before the experiment starts: softmax, which the experiment refuses as it starts
      // (a vector function), is never reached
      [['--chart-width', '100', '-o', 'g.svg', 'softmax'], 'act: --chart-width of an image must be from 200 to 16384 pixels, got 100'],
      [['--colors', 'notacolor', '-o', 'g.svg', 'softmax'], 'act: --colors: "notacolor" is not a colour (use a CSS name such as red, or #rrggbb)'],
    ] as const) {
      const r = act(['gradient', 'relu', ...small, ...args], { cwd: dir });
      expect([r.code, r.signal, r.stderr], args.join(' ')).toEqual([2, null, `${message}\n`]);
    }
    expect(['g.png', 'g.svg', 'g.pdf'].filter((f) => existsSync(join(dir, f)))).toEqual([]);
  });

  it('names an image format it cannot tell, exit 2', () => {
    const r = act(['gradient', 'relu', ...small, '-o', 'fig.jpg']);
    expect(r.code).toBe(2);
    // not "or --format": act gradient's --format is chart, csv or json
    expect(r.stderr).toBe('act: cannot tell the image format of "fig.jpg": name the file .svg, .png, .pdf, .json, .vl.json or .html\n');
  });

  it('refuses -o - (stdout), whose format no option of act gradient can name, in one line', () => {
    const r = act(['gradient', 'relu', ...small, '-o', '-']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('act: act gradient writes its image to a file: -o - (stdout) cannot say the format, as --format here is chart, csv or json; name a file .svg, .png, .pdf, .json, .vl.json or .html\n');
    expect(act(['gradient', 'relu', ...small, '-o', '']).stderr).toBe('act: -o needs a file name: .svg, .png, .pdf, .json, .vl.json or .html\n'); // not "or - for stdout"
  });

  it('refuses -o with --format csv', () => {
    const r = act(['gradient', 'relu', ...small, '--format', 'csv', '-o', 'x.png']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('act: -o writes the chart as an image; --format csv and json go to stdout\n');
  });
});
