/**
 * Which image renderers this installation has, and why one is missing: node-canvas (optional,
 * native, needs cairo and pango) and resvg (a prebuilt binary per platform, itself an optional
 * dependency of @resvg/resvg-js). Loads nothing of vega, so that `act doctor` stays light.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/**
 * The name of resvg's binary package on Linux (x64, arm64), where /usr/bin/ldd tells glibc from
 * musl; undefined elsewhere.
 */
function linuxBinaryPackage(): string | undefined {
  if (process.platform !== 'linux' || (process.arch !== 'x64' && process.arch !== 'arm64')) return undefined;
  try {
    return `@resvg/resvg-js-linux-${process.arch}-${readFileSync('/usr/bin/ldd', 'latin1').includes('musl') ? 'musl' : 'gnu'}`;
  } catch {
    return undefined;
  }
}

/**
 * resvg's binary package, loaded as @resvg/resvg-js's entry loads it and with the same Resvg
 * (its options as JSON), but without the entry's glibc-or-musl test, process.report.getReport(),
 * which costs about 5 ms of every PNG. Anywhere /usr/bin/ldd cannot tell, or if this fails,
 * resvg's entry itself.
 */
async function importResvg(): Promise<ResvgModule> {
  const binary = linuxBinaryPackage();
  if (binary) {
    try {
      const resvgEntry = createRequire(import.meta.url).resolve('@resvg/resvg-js');
      const native = createRequire(resvgEntry)(binary) as {
        Resvg: new (svg: string | Uint8Array, options?: string) => InstanceType<ResvgModule['Resvg']>;
        renderAsync: (svg: string | Uint8Array, options: string | null, signal?: AbortSignal | null) => ReturnType<ResvgModule['renderAsync']>;
      };
      class Resvg extends native.Resvg {
        constructor(svg: string | Uint8Array, options?: unknown) {
          super(svg, JSON.stringify(options));
        }
      }
      const renderAsync = (svg: string | Uint8Array, options?: unknown, signal?: AbortSignal | null) => native.renderAsync(svg, options ? JSON.stringify(options) : null, signal);
      return { Resvg, renderAsync } as unknown as ResvgModule;
    } catch {
      // resvg's entry says what is missing
    }
  }
  const m = await import('@resvg/resvg-js');
  return ((m as { default?: ResvgModule }).default ?? m) as ResvgModule;
}

/** resvg, or why not: its platform binary is missing after `npm ci --omit=optional`. */
export function loadResvg(): Promise<Loaded<ResvgModule>> {
  resvg ??= importResvg().then(
    (m) => ({ module: m }),
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
