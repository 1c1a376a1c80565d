/** `act doctor`: what this installation can do (versions, renderers, font, terminal). */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { packageFile, packageRoot } from '../../io/package-file.js';
import { FONT_FAMILY, FONT_FILE } from '../../render/font-file.js';
import { CANVAS_STEPS, CANVAS_VERSION, loadResvg, probeCanvas, RESVG_HELP } from '../../render/renderers.js';
import { cacheFolder, homeFolder, versionedFolder } from '../bundle-loader.js';
import { doctorText, type DoctorFacts } from '../doctor-report.js';
import { printText, stdoutTerminal } from '../stdout.js';
import { colorRule } from '../terminal.js';

/** Whether pkg-config finds cairo and pango (what node-canvas builds against). */
function cairoFound(): boolean | 'no pkg-config' {
  const r = spawnSync('pkg-config', ['--exists', 'cairo', 'pangocairo'], { stdio: 'ignore' });
  return r.error ? 'no pkg-config' : r.status === 0;
}

/**
 * Why a folder cannot be written, or undefined when it can be (or made): the nearest folder on its
 * path that exists decides. The loader gives up on such a folder without a word (bundle-loader.ts).
 */
function unwritable(folder: string): string | undefined {
  for (let at = resolve(folder); ; at = dirname(at)) {
    let s: Stats | undefined;
    try {
      s = statSync(at);
    } catch {
      // missing (ENOENT), or under a file (ENOTDIR): the folder above decides
    }
    if (s && !s.isDirectory()) return `${at} is not a folder`;
    if (s) {
      try {
        accessSync(at, constants.W_OK);
        return undefined;
      } catch {
        return `${at} is not writable`;
      }
    }
    if (dirname(at) === at) return undefined;
  }
}

/** This Node's code cache folder and the caches in it. */
function codeCache(env: NodeJS.ProcessEnv): DoctorFacts['codeCache'] {
  const root = cacheFolder(env, process.platform, homeFolder());
  if (root === undefined) return { files: 0 };
  const folder = versionedFolder(root);
  let files = 0;
  try {
    files = readdirSync(folder).filter((f) => f.endsWith('.cache')).length;
  } catch {
    // not made yet
  }
  const why = unwritable(folder);
  return why === undefined ? { folder, files } : { folder, files, unwritable: why };
}

export async function runDoctor(version: string): Promise<void> {
  const env = process.env;
  const [canvas, resvg] = await Promise.all([probeCanvas(), loadResvg()]);
  const terminal = stdoutTerminal();
  const color = colorRule(terminal, env);
  const localeVariable = ['LC_ALL', 'LC_CTYPE', 'LANG'].find((v) => env[v]);
  const font = packageFile(FONT_FILE);
  const found = canvas.module ? undefined : cairoFound();
  const facts: DoctorFacts = {
    actVersion: version,
    packageRoot: packageRoot(),
    node: { version: process.version, platform: process.platform, arch: process.arch, v8: process.versions.v8 },
    canvas: canvas.module
      ? { version: canvas.module.version ?? '?', cairo: canvas.module.cairoVersion }
      : { error: canvas.error, cairoFound: found! },
    // where pkg-config finds cairo and pango, installing them is no step of the way
    canvasSteps: found === true ? `\`npm install canvas@${CANVAS_VERSION}\` (in your project, or in act's folder for a clone or a global install)` : CANVAS_STEPS,
    resvg: resvg.module ? { ok: true } : { ok: false, error: resvg.error, help: RESVG_HELP },
    svgText: "vega's SVG renderer; text drawn as DejaVu Sans glyph paths, the same without the font (--svg-text keeps real text)",
    codeCache: codeCache(env),
    font: { family: FONT_FAMILY, file: font, bytes: statSync(font, { throwIfNoEntry: false })?.size },
    terminal: {
      ...terminal,
      locale: localeVariable ? [localeVariable, env[localeVariable]!] : undefined,
      colors: color.colors,
      colorReason: color.reason,
    },
  };
  printText(doctorText(facts));
}
