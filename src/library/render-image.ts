/** renderImage() for the library: its arguments checked, as a JavaScript caller may pass anything. */
import type { TopLevelSpec } from 'vega-lite';
import { UsageError } from '../core/errors.js';
import { renderImage as plainRenderImage, type ImageFormat, type RenderOptions } from '../render/image.js';
import { checkBooleans, checkChoice, checkOptions, shown } from './check.js';

const FORMATS = ['svg', 'png', 'pdf', 'json'] as const;
const RENDERERS = ['canvas', 'resvg', 'pdfkit'] as const;

/** The image file's content: text for SVG and JSON, bytes for PNG and PDF. */
export function renderImage(spec: TopLevelSpec, format: 'png' | 'pdf', options?: RenderOptions): Promise<Uint8Array>;
export function renderImage(spec: TopLevelSpec, format: 'svg' | 'json', options?: RenderOptions): Promise<string>;
export function renderImage(spec: TopLevelSpec, format: Exclude<ImageFormat, 'html'>, options?: RenderOptions): Promise<string | Uint8Array>;
export async function renderImage(spec: TopLevelSpec, format: Exclude<ImageFormat, 'html'>, options: RenderOptions = {}): Promise<string | Uint8Array> {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) throw new UsageError(`renderImage: spec must be a Vega-Lite spec (an object), got ${shown(spec)}`);
  if (format === undefined) throw new UsageError(`renderImage needs a format: ${FORMATS.join(', ')}`);
  checkChoice('renderImage: format', format, FORMATS);
  checkOptions('renderImage: options', options);
  const { scale } = options;
  // the PNG's size in pixels is checked where the image's size is known (render/image.ts)
  if (scale !== undefined && !(typeof scale === 'number' && scale > 0 && Number.isFinite(scale))) throw new UsageError(`renderImage: scale must be a number above 0, got ${shown(scale)}`);
  checkChoice('renderImage: renderer', options.renderer, RENDERERS);
  checkBooleans(options, ['svgText']);
  return plainRenderImage(spec, format, options);
}
