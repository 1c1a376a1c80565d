/**
 * A chart's Vega-Lite spec rendered to a file's bytes: SVG through vega's SVG renderer, PNG
 * through node-canvas where it is installed (vega's own path) or else resvg drawing the SVG,
 * PDF through pdfkit drawing the SVG (pure JavaScript, see pdf.ts), or node-canvas when asked.
 * vega, vega-lite, canvas, resvg and pdfkit are imported here, on demand, so that nothing else in
 * act pays for loading them.
 */
import type { TopLevelSpec } from 'vega-lite';
import { readFileSync } from 'node:fs';
import type { LoggerInterface, Spec as VegaSpec, View } from 'vega';
import { RuntimeError, UsageError } from '../core/errors.js';
import { controlIn, printable } from '../core/printable.js';
import { packageFile } from '../io/package-file.js';
import { FONT_FAMILY, FONT_FILE, textWidth } from './font.js';
import { importNodeCanvas, type NodeCanvas, type NodeCanvasCanvas } from './node-canvas.js';
import { CANVAS_HELP, loadResvg, RESVG_HELP } from './renderers.js';
import { encodeOpaquePng } from './png-encode.js';
import { MAX_PIXELS } from './image-size.js';

import { fillTemplate, holes, templateKey, type Json, type Template } from './vega-template.js';

/** Where the build puts the compiled templates, relative to the package root. */
export const TEMPLATE_FOLDER = 'dist/vega-templates';

export type ImageFormat = 'svg' | 'png' | 'pdf' | 'json' | 'html';
/** canvas makes PNG and PDF, resvg PNG only, pdfkit PDF only. */
export type Renderer = 'canvas' | 'resvg' | 'pdfkit';

export interface RenderOptions {
  /** PNG pixels per CSS pixel. */
  readonly scale?: number;
  /**
   * Forces a renderer; by default a PNG comes from canvas where installed, else resvg, and a PDF
   * from pdfkit.
   */
  readonly renderer?: Renderer;
  /**
   * SVG only: keep text as <text> elements (editable, with the fallback fonts "DejaVu Sans,
   * Verdana, sans-serif") instead of drawing the glyphs as paths, which look the same everywhere.
   */
  readonly svgText?: boolean;
}

/** The fonts an SVG with real text names, DejaVu Sans first (layout is measured in it). */
export const SVG_FONT_FALLBACK = `${FONT_FAMILY}, Verdana, sans-serif`;

let canvasModule: Promise<NodeCanvas | null> | undefined;

/** node-canvas with the chart font registered, or null when it is not installed. */
export function loadCanvas(): Promise<NodeCanvas | null> {
  canvasModule ??= importNodeCanvas().then(async (c) => {
    if (!c) return null;
    c.registerFont(packageFile(FONT_FILE), { family: FONT_FAMILY });
    // through vega-core: the library's vega is a bundle of its own (dist/vega-core.js), and only
    // the stand-in inside it is the one vega draws with
    const { useNodeCanvas } = await import('./vega-core.js');
    useNodeCanvas(c);
    return c;
  });
  return canvasModule;
}

/** The renderer a PNG will use: the forced one, else canvas where installed, else resvg. */
export async function pngRenderer(forced?: Renderer): Promise<Renderer> {
  if (forced === 'pdfkit') throw new RuntimeError('--renderer pdfkit makes PDF only; PNG comes from canvas or resvg');
  if (forced === 'canvas' && !(await loadCanvas())) throw new RuntimeError(`--renderer canvas: node-canvas is not installed; ${CANVAS_HELP}`);
  if (forced === 'resvg' && !(await loadResvg()).module) throw new RuntimeError(`--renderer resvg: ${RESVG_HELP}`);
  if (forced) return forced;
  if (await loadCanvas()) return 'canvas';
  if ((await loadResvg()).module) return 'resvg';
  throw new RuntimeError(`no PNG renderer is installed: ${RESVG_HELP}; or, ${CANVAS_HELP}; .svg, .pdf and .json work without one`);
}

/**
 * The spec's texts made safe for vega. A control character (tab aside) is refused, as the CLI
 * refuses it in --title and labels: an SVG cannot hold one. A text that names a member of
 * Object.prototype ("constructor", "toString", "__proto__"...) gets a trailing space, which draws
 * as nothing: vega looks texts up as keys of plain objects, and such a title fails ("Operator not
 * defined") or such a series is not drawn. Every occurrence changes alike, so the data and the
 * scales' domains still agree.
 */
export function drawableTexts<T>(value: T): T {
  if (typeof value === 'string') {
    const control = controlIn(value);
    if (control) throw new UsageError(`the chart's text "${printable(value)}" holds a control character (${control})`);
    return (value in Object.prototype ? `${value} ` : value) as T;
  }
  if (Array.isArray(value)) return value.map(drawableTexts) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, drawableTexts(v)])) as T;
  }
  return value;
}

/** The compiled chart as a headless vega View, with text measured in the pinned font. */
export async function chartView(given: TopLevelSpec): Promise<View> {
  const spec = drawableTexts(given);
  const vega = await import('./vega-core.js');
  useFontMetrics(vega.textMetrics);
  const compiled = precompiled(spec) ?? (await compiledByVegaLite(spec));
  // the syntax trees of the spec's expressions, evaluated by vega's interpreter: no generated code runs
  const view = new vega.View(vega.parse(compiled, undefined, { ast: true }), { renderer: 'none', logLevel: 0, expr: vega.expressionInterpreter });
  await view.runAsync();
  // text that leaves the plot no room (a spec from the library with a very tall title) would make
  // resvg abort the whole process: refuse it here (act's own titles are fitted, see fit-text.ts)
  // (a composed chart, small multiples, has no width or height of its own: its panels are act's)
  const composed = ['concat', 'hconcat', 'vconcat', 'facet'].some((key) => key in given);
  if (!composed && !(view.width() >= 1 && view.height() >= 1)) {
    view.finalize();
    // the options' doing (text, size, legend), so a usage error
    throw new UsageError("the chart's title, axis titles or legend leave no room for the plot: shorten them, make the image larger, or use --no-legend");
  }
  return view;
}

/** A PNG's sides at the scale: at most MAX_PIXELS (a spec from the library may ask for any size). */
function checkPngSide(width: number, height: number, scale: number): void {
  if (Math.max(width, height) * scale > MAX_PIXELS) throw new UsageError(`scale ${scale} makes a PNG of ${Math.round(width * scale)}x${Math.round(height * scale)} pixels, more than ${MAX_PIXELS} a side`);
}

/** vega-lite's compilation of a spec act has no template for; a spec it cannot compile (a library caller's) is a usage error. */
async function compiledByVegaLite(spec: TopLevelSpec): Promise<VegaSpec> {
  const { compile } = await import('vega-lite');
  try {
    return compile(spec, { logger: silentLogger() }).spec;
  } catch (e) {
    throw new UsageError(`not a Vega-Lite spec vega-lite can compile: ${oneLineOf((e as Error).message)}`);
  }
}

const oneLineOf = (text: string): string => printable(text.split('\n')[0].slice(0, 200));

/**
 * The Vega spec from the template of the chart's kind, compiled at build time (see
 * vega-template.ts), or undefined for a kind without one.
 */
export function precompiled(spec: TopLevelSpec): VegaSpec | undefined {
  const { shape, values } = holes(spec as unknown as Json);
  const shapeJson = JSON.stringify(shape);
  const template = templateOf(templateKey(shapeJson));
  if (template === undefined || template.shape !== shapeJson) return undefined;
  return fillTemplate(template, values) as unknown as VegaSpec | undefined;
}

/** The templates read so far, by key: the charts of a batch share a few (at most one per chart kind). */
const templates = new Map<string, Template>();

/** The template of a key, or undefined where the build made none (vega-lite compiles such a chart). */
function templateOf(key: string): Template | undefined {
  let template = templates.get(key);
  if (template === undefined) {
    try {
      template = JSON.parse(readFileSync(packageFile(`${TEMPLATE_FOLDER}/${key}.json`), 'utf8')) as Template;
    } catch {
      return undefined;
    }
    templates.set(key, template);
  }
  return template;
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
    (await import('./vega-core.js')).resetSVGDefIds();
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The shipped font's outlines, read once per process (the images of a batch share them). */
let glyphs: import('./svg-glyphs.js').GlyphOutline | undefined;

/** vega's SVG as written to a file: glyphs as paths, or real text naming fallback fonts. */
async function svgFile(svg: string, keepText: boolean): Promise<string> {
  if (keepText) return svg.replaceAll(`font-family="${FONT_FAMILY}"`, `font-family="${SVG_FONT_FALLBACK}"`);
  const { shippedGlyphs, textAsPaths } = await import('./svg-glyphs.js');
  glyphs ??= shippedGlyphs();
  return textAsPaths(svg, glyphs);
}

async function renderWithCanvas(spec: TopLevelSpec, type: 'png' | 'pdf', scale: number): Promise<Uint8Array> {
  const canvas = await loadCanvas();
  if (!canvas) throw new RuntimeError(`${type.toUpperCase()} through node-canvas: it is not installed; ${CANVAS_HELP}`);
  const view = await chartView(spec);
  try {
    // the plot's size (the whole image is a little larger): enough to refuse a scale that would exhaust memory
    if (type === 'png') checkPngSide(view.width(), view.height(), scale);
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
  const [svg, { module: resvgModule }] = await Promise.all([renderSvg(spec), loadResvg()]);
  if (!resvgModule) throw new RuntimeError(`PNG through resvg: ${RESVG_HELP}`);
  // resvg draws the SVG as act writes it, its text as glyph outlines: it then needs no font, whose
  // loading cost about 6 ms of each image; a text the font lacks a glyph for stays text, and only
  // then is the font loaded (see svg-glyphs.ts)
  const size = /^<svg[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
  if (size) checkPngSide(Number(size[1]), Number(size[2]), scale);
  const outlined = await svgFile(svg, false);
  const font = outlined.includes('<text')
    ? { fontFiles: [packageFile(FONT_FILE)], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY }
    : { loadSystemFonts: false };
  const resvg = new resvgModule.Resvg(outlined, { fitTo: { mode: 'zoom', value: scale }, font });
  const image = resvg.render();
  // the chart is opaque (a white background): see png-encode.ts for why not image.asPng()
  return encodeOpaquePng(image.pixels, image.width, image.height);
}

/**
 * The renderer a PDF will use: the forced one, else pdfkit. pdfkit's PDF is the SVG itself, the
 * same on every machine, with the font subset embedded; node-canvas (cairo) draws vega's canvas
 * calls instead, and only where it is installed.
 */
export async function pdfRenderer(forced?: Renderer): Promise<Renderer> {
  if (forced === 'resvg') throw new RuntimeError('--renderer resvg makes PNG only; PDF comes from pdfkit (the default) or canvas');
  if (forced === 'canvas' && !(await loadCanvas())) throw new RuntimeError(`--renderer canvas: node-canvas is not installed; ${CANVAS_HELP}`);
  return forced ?? 'pdfkit';
}

/** The chart's title as one line, for the PDF's metadata. */
function titleOf(spec: TopLevelSpec): string | undefined {
  const title = (spec as { title?: string | string[] | { text?: string | string[] } }).title;
  const text = typeof title === 'object' && !Array.isArray(title) ? title.text : title;
  return Array.isArray(text) ? text.join(' ') : text;
}

async function renderWithPdfkit(spec: TopLevelSpec): Promise<Uint8Array> {
  const [svg, { svgToPdf }] = await Promise.all([renderSvg(spec), import('./pdf.js')]);
  return svgToPdf(svg, { fontFile: packageFile(FONT_FILE), title: titleOf(spec) });
}

/** The image file's content: text for SVG and JSON, bytes for PNG and PDF. */
export function renderImage(spec: TopLevelSpec, format: 'png' | 'pdf', options?: RenderOptions): Promise<Uint8Array>;
export function renderImage(spec: TopLevelSpec, format: 'svg' | 'json', options?: RenderOptions): Promise<string>;
export function renderImage(spec: TopLevelSpec, format: Exclude<ImageFormat, 'html'>, options?: RenderOptions): Promise<string | Uint8Array>;
export async function renderImage(spec: TopLevelSpec, format: Exclude<ImageFormat, 'html'>, options: RenderOptions = {}): Promise<string | Uint8Array> {
  const scale = options.scale ?? 2;
  switch (format) {
    case 'json':
      return `${JSON.stringify(spec, null, 2)}\n`;
    case 'svg':
      return svgFile(await renderSvg(spec), options.svgText === true);
    case 'pdf':
      return (await pdfRenderer(options.renderer)) === 'canvas' ? renderWithCanvas(spec, 'pdf', 1) : renderWithPdfkit(spec);
    case 'png':
      return (await pngRenderer(options.renderer)) === 'canvas' ? renderWithCanvas(spec, 'png', scale) : renderWithResvg(spec, scale);
  }
}
