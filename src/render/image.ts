/**
 * A chart's Vega-Lite spec rendered to a file's bytes: SVG through vega's SVG renderer, PNG
 * through node-canvas where it is installed (vega's own path) or else resvg drawing the SVG,
 * PDF through node-canvas. vega, vega-lite, canvas and resvg are imported here, on demand, so
 * that nothing else in act pays for loading them.
 */
import type { TopLevelSpec } from 'vega-lite';
import { readFileSync } from 'node:fs';
import type { LoggerInterface, Spec as VegaSpec, View } from 'vega';
import { RuntimeError } from '../core/errors.js';
import { packageFile } from '../io/package-file.js';
import { FONT_FAMILY, FONT_FILE, textWidth } from './font.js';
import { importNodeCanvas, type NodeCanvas, type NodeCanvasCanvas } from './node-canvas.js';
import { encodeOpaquePng } from './png-encode.js';
import { fillTemplate, holes, templateKey, type Json, type Template } from './vega-template.js';

/** Where the build puts the compiled templates, relative to the package root. */
export const TEMPLATE_FOLDER = 'dist/vega-templates';

export type ImageFormat = 'svg' | 'png' | 'pdf' | 'json';
export type Renderer = 'canvas' | 'resvg';

export interface RenderOptions {
  /** PNG pixels per CSS pixel. */
  readonly scale?: number;
  /** Forces a PNG renderer; by default canvas where installed, else resvg. */
  readonly renderer?: Renderer;
}

export const CANVAS_HELP =
  'install the optional package canvas (node-canvas): it needs cairo and pango, e.g. ' +
  '`apt-get install libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev pkg-config`, ' +
  'then `npm install` again';

let canvasModule: Promise<NodeCanvas | null> | undefined;

/** node-canvas with the chart font registered, or null when it is not installed. */
export function loadCanvas(): Promise<NodeCanvas | null> {
  canvasModule ??= importNodeCanvas().then(async (c) => {
    if (!c) return null;
    c.registerFont(packageFile(FONT_FILE), { family: FONT_FAMILY });
    const { useNodeCanvas } = await import('./vega-canvas.js');
    useNodeCanvas(c);
    return c;
  });
  return canvasModule;
}

/** The renderer a PNG will use: the forced one, else canvas where installed, else resvg. */
export async function pngRenderer(forced?: Renderer): Promise<Renderer> {
  if (forced === 'canvas' && !(await loadCanvas())) throw new RuntimeError(`--renderer canvas: node-canvas is not installed; ${CANVAS_HELP}`);
  return forced ?? ((await loadCanvas()) ? 'canvas' : 'resvg');
}

/** The compiled chart as a headless vega View, with text measured in the pinned font. */
async function chartView(spec: TopLevelSpec): Promise<View> {
  const vega = await import('./vega-core.js');
  useFontMetrics(vega.textMetrics);
  const compiled = precompiled(spec) ?? (await import('vega-lite')).compile(spec, { logger: silentLogger() }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: 0 });
  await view.runAsync();
  return view;
}

/**
 * The Vega spec from the template of the chart's kind, compiled at build time (see
 * vega-template.ts), or undefined for a kind without one.
 */
export function precompiled(spec: TopLevelSpec): VegaSpec | undefined {
  const { shape, values } = holes(spec as unknown as Json);
  const shapeJson = JSON.stringify(shape);
  let template: Template;
  try {
    template = JSON.parse(readFileSync(packageFile(`${TEMPLATE_FOLDER}/${templateKey(shapeJson)}.json`), 'utf8'));
  } catch {
    return undefined;
  }
  if (template.shape !== shapeJson) return undefined;
  return fillTemplate(template, values) as unknown as VegaSpec | undefined;
}

interface TextItem {
  fontSize?: number;
  limit?: number;
}

/**
 * Vega measures text with node-canvas when it is installed and otherwise guesses 0.8 em per
 * character. Measuring from the font's own metrics instead gives every renderer the same,
 * exact layout (the same hook vl-convert uses).
 */
function useFontMetrics(metrics: { width: (item: TextItem, text: unknown) => number }): void {
  metrics.width = (item, text) => {
    const size = item.fontSize != null ? +item.fontSize || 0 : 11;
    const line = text == null ? '' : String(text).trim();
    if (size <= 0 || line === '') return 0;
    const width = textWidth(line, size);
    // vega shortens text longer than its limit to fit within it
    return item.limit != null && item.limit > 0 ? Math.min(width, item.limit) : width;
  };
}

/** vega-lite's warnings are about the spec, which act builds: they are the tests' business. */
function silentLogger() {
  let level = 0;
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error: (...args: unknown[]) => {
      throw new Error(`vega-lite: ${args.join(' ')}`);
    },
    warn: () => logger,
    info: () => logger,
    debug: () => logger,
  };
  return logger as unknown as LoggerInterface;
}

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = await chartView(spec);
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

async function renderWithCanvas(spec: TopLevelSpec, type: 'png' | 'pdf', scale: number): Promise<Uint8Array> {
  const canvas = await loadCanvas();
  if (!canvas) throw new RuntimeError(`${type.toUpperCase()} through node-canvas: it is not installed; ${CANVAS_HELP}`);
  const view = await chartView(spec);
  try {
    const drawn = (await view.toCanvas(type === 'pdf' ? 1 : scale, type === 'pdf' ? { type: 'pdf' } : undefined)) as unknown as NodeCanvasCanvas;
    if (type === 'pdf') return drawn.toBuffer('application/pdf');
    // One PNG row filter (up) instead of trying all five per row, and zlib level 3: the default
    // 1280x960 chart (RGB, see vega-canvas.ts) compresses to 54 kB in 6 ms; level 6 with no
    // filter gives 43 kB in 12 ms, and all five filters at level 6 take about 35 ms.
    return drawn.toBuffer('image/png', { compressionLevel: 3, filters: canvas.Canvas.PNG_FILTER_UP });
  } finally {
    view.finalize();
  }
}

async function renderWithResvg(spec: TopLevelSpec, scale: number): Promise<Uint8Array> {
  const [svg, { Resvg }] = await Promise.all([renderSvg(spec), import('@resvg/resvg-js')]);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: [packageFile(FONT_FILE)], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  const image = resvg.render();
  // the chart is opaque (a white background): see png-encode.ts for why not image.asPng()
  return encodeOpaquePng(image.pixels, image.width, image.height);
}

/** The image file's content: text for SVG and JSON, bytes for PNG and PDF. */
export async function renderImage(spec: TopLevelSpec, format: ImageFormat, options: RenderOptions = {}): Promise<string | Uint8Array> {
  const scale = options.scale ?? 2;
  switch (format) {
    case 'json':
      return `${JSON.stringify(spec, null, 2)}\n`;
    case 'svg':
      return renderSvg(spec);
    case 'pdf':
      if (options.renderer === 'resvg') throw new RuntimeError('--renderer resvg makes PNG only; PDF needs node-canvas');
      if (!(await loadCanvas())) throw new RuntimeError(`PDF output needs node-canvas; ${CANVAS_HELP}; or write .svg or .png`);
      return renderWithCanvas(spec, 'pdf', 1);
    case 'png':
      return (await pngRenderer(options.renderer)) === 'canvas' ? renderWithCanvas(spec, 'png', scale) : renderWithResvg(spec, scale);
  }
}
