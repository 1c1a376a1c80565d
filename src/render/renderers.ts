/**
 * Which image renderers this installation has, and why one is missing: node-canvas (optional,
 * native, needs cairo and pango) and resvg (a prebuilt binary per platform, itself an optional
 * dependency of @resvg/resvg-js). Loads nothing of vega, so that `act doctor` stays light.
 */
import { importNodeCanvas, NODE_CANVAS_PACKAGE, type NodeCanvas } from './node-canvas.js';

/** The node-canvas version act is tested with. */
export const CANVAS_VERSION = '3.2.3';
export const CAIRO_PACKAGES = 'libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev pkg-config';

/** How to get node-canvas, after "to get it,". */
export const CANVAS_STEPS =
  `install cairo and pango (on Debian or Ubuntu \`apt-get install ${CAIRO_PACKAGES}\`), ` +
  `then \`npm install canvas@${CANVAS_VERSION}\` (in your project, or in act's folder for a clone or a global install)`;

export const CANVAS_HELP = `to get node-canvas (an optional renderer), ${CANVAS_STEPS}`;

export const RESVG_HELP =
  "resvg's prebuilt binary for this platform (an optional dependency of @resvg/resvg-js) is not installed, " +
  'as `npm ci --omit=optional` leaves it: run `npm install` (or `npm ci`) without --omit=optional';

export type ResvgModule = typeof import('@resvg/resvg-js');

/** A module that loaded, or why it did not. */
export type Loaded<T> = { readonly module: T; readonly error?: undefined } | { readonly module: null; readonly error: string };

let resvg: Promise<Loaded<ResvgModule>> | undefined;

/** resvg, or why not: its platform binary is missing after `npm ci --omit=optional`. */
export function loadResvg(): Promise<Loaded<ResvgModule>> {
  resvg ??= import('@resvg/resvg-js').then(
    (m) => ({ module: ((m as { default?: ResvgModule }).default ?? m) as ResvgModule }),
    (e: unknown) => ({ module: null, error: firstLine(e) }),
  );
  return resvg;
}

/** node-canvas, or why not: not installed, or installed but its native part does not load. */
export async function probeCanvas(): Promise<Loaded<NodeCanvas>> {
  try {
    return { module: (await importNodeCanvas(true)) as NodeCanvas };
  } catch (e) {
    const code = (e as { code?: string }).code;
    const absent = (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String((e as Error).message).includes(`'${NODE_CANVAS_PACKAGE}'`);
    return { module: null, error: absent ? 'not installed' : `installed but does not load: ${firstLine(e)}` };
  }
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}
