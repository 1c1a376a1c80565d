/** Where an image goes and in which format, from -o and --format; and the image size limits. */
import { UsageError } from '../core/errors.js';
import type { ImageFormat } from './commands/plot-options.js';

export { checkImageSize, checkSampleCount, MAX_PIXELS, MAX_SAMPLES, MIN_HEIGHT, MIN_WIDTH } from '../render/image-size.js';

export interface ImageTarget {
  /** A file path, or '-' for stdout. */
  readonly path: string;
  readonly format: ImageFormat;
}

const EXTENSIONS: readonly [string, ImageFormat][] = [
  ['.svg', 'svg'],
  ['.png', 'png'],
  ['.pdf', 'pdf'],
  ['.json', 'json'], // .vl.json included
  ['.html', 'html'],
  ['.htm', 'html'],
];

const BINARY_FORMATS: readonly ImageFormat[] = ['png', 'pdf'];

/** The format named by a file's extension, if any. */
export function formatOfPath(path: string): ImageFormat | undefined {
  const lower = path.toLowerCase();
  return EXTENSIONS.find(([ext]) => lower.endsWith(ext))?.[1];
}

/** -o FILE (or -, or nothing: stdout) and --format, which wins over the extension. */
export function imageTarget(output: string | undefined, format: ImageFormat | undefined): ImageTarget {
  const path = output ?? '-';
  if (path === '') throw new UsageError('-o needs a file name (or - for stdout)');
  const named = path === '-' ? undefined : formatOfPath(path);
  if (format && named && named !== format) {
    throw new UsageError(`-o ${path} names a ${named.toUpperCase()} file but --format is ${format}: name it .${format}, or leave --format out`);
  }
  if (format) return { path, format };
  if (path === '-') throw new UsageError('writing an image to stdout needs --format svg, png, pdf, json or html');
  const fromExtension = formatOfPath(path);
  if (!fromExtension) throw new UsageError(`cannot tell the image format of "${path}": use .svg, .png, .pdf, .json, .vl.json or .html, or --format`);
  return { path, format: fromExtension };
}

/** The target, refusing a binary format bound for a terminal (asked only for stdout). */
export function checkedImageTarget(output: string | undefined, format: ImageFormat | undefined, stdoutIsTerminal: () => boolean): ImageTarget {
  const target = imageTarget(output, format);
  if (target.path === '-' && BINARY_FORMATS.includes(target.format) && stdoutIsTerminal()) {
    throw new UsageError(`not writing ${target.format.toUpperCase()} to a terminal: redirect stdout (> file) or use -o FILE`);
  }
  return target;
}

/** Refuses the first option given that only an image file uses, for a chart drawn in the terminal. */
export function refuseImageOnly(given: readonly (readonly [boolean, string])[]): void {
  const option = given.find(([set]) => set)?.[1];
  if (option) throw new UsageError(`${option} applies to image output (-o FILE); the terminal chart does not use it`);
}

/**
 * Refuses what only the terminal chart draws, for an image file: its characters (--canvas) and
 * its ANSI colours (--color, --no-color: an image has none to force or drop, no grey image).
 */
export function refuseTerminalOnly(options: { readonly canvas?: unknown; readonly color?: boolean }): void {
  const option = options.canvas !== undefined ? '--canvas' : options.color === true ? '--color' : options.color === false ? '--no-color' : undefined;
  if (option) throw new UsageError(`${option} applies to the terminal chart; -o/--format writes an image`);
}
