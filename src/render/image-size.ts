/** The bounds of an image's size, for the CLI's -o and the library's plot(). */
import { UsageError } from '../core/errors.js';
import type { ImageFormat } from './image.js';

/** Largest side of a PNG, in pixels (cairo's own limit is 32767). */
export const MAX_PIXELS = 16384;
/** The smallest image that still has room for its title, axes and plot. */
export const MIN_WIDTH = 200;
export const MIN_HEIGHT = 150;

/** The options that set an image's size, as its command names them (act gradient's --width is its network's). */
export interface SizeOptionNames {
  readonly width: string;
  readonly height: string;
}

/** Checks the image's size in CSS pixels and the PNG's in pixels; messages name the size by `names`. */
export function checkImageSize(width: number, height: number, scale: number, format: ImageFormat, names: SizeOptionNames = { width: '--width', height: '--height' }): void {
  for (const [option, v, min] of [
    [names.width, width, MIN_WIDTH],
    [names.height, height, MIN_HEIGHT],
  ] as const) {
    if (!(v >= min && v <= MAX_PIXELS)) throw new UsageError(`${option} of an image must be from ${min} to ${MAX_PIXELS} pixels, got ${v}`);
  }
  if (format === 'png' && Math.max(width, height) * scale > MAX_PIXELS) {
    throw new UsageError(`--scale ${scale} makes a PNG wider than ${MAX_PIXELS} pixels`);
  }
  if (format === 'png' && Math.min(width, height) * scale < 1) {
    throw new UsageError(`--scale ${scale} makes a PNG smaller than 1 pixel (${width}x${height} CSS pixels)`);
  }
}

/**
 * The most samples (functions × curves each × points) an image takes: a Vega-Lite spec (and an
 * HTML page, which holds one) keeps every one as a JSON row (about 120 bytes of text, 600 of memory while it is built); a picture keeps
 * them as numbers until they are simplified (16 bytes each).
 */
export const MAX_SAMPLES: Readonly<Record<'json' | 'picture', number>> = { json: 500_000, picture: 4_000_000 };

/** Refuses a chart whose samples would exceed MAX_SAMPLES for its format, naming the product. */
export function checkSampleCount(functions: number, curvesEach: number, points: number, format: ImageFormat): void {
  const total = functions * curvesEach * points;
  // a page holds its spec's rows as a Vega-Lite spec does (and every member of a --vary family)
  const everyRow = format === 'json' || format === 'html';
  const max = MAX_SAMPLES[everyRow ? 'json' : 'picture'];
  if (total <= max) return;
  const what = format === 'json' ? 'a Vega-Lite spec' : format === 'html' ? 'an HTML page' : 'an image';
  const curves = curvesEach > 1 ? ` × ${curvesEach} (f and f')` : '';
  throw new UsageError(`${functions} function${functions === 1 ? '' : 's'}${curves} × ${points} points = ${total} samples: ${what} takes at most ${max} (lower -n)`);
}
