/** `act doctor`: what this installation can do (versions, renderers, font, terminal). */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { packageFile, packageRoot } from '../../io/package-file.js';
import { FONT_FAMILY, FONT_FILE } from '../../render/font-file.js';
import { CANVAS_STEPS, loadResvg, probeCanvas, RESVG_HELP } from '../../render/renderers.js';
import { cacheFolder, homeFolder, versionedFolder } from '../bundle-loader.js';
import { doctorText, type DoctorFacts } from '../doctor-report.js';
import { printText, stdoutTerminal } from '../stdout.js';
import { colorRule } from '../terminal.js';

/** Whether pkg-config finds cairo and pango (what node-canvas builds against). */
function cairoFound(): boolean | 'no pkg-config' {
  const r = spawnSync('pkg-config', ['--exists', 'cairo', 'pangocairo'], { stdio: 'ignore' });
  return r.error ? 'no pkg-config' : r.status === 0;
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
  return { folder, files };
}

export async function runDoctor(version: string): Promise<void> {
  const env = process.env;
  const [canvas, resvg] = await Promise.all([probeCanvas(), loadResvg()]);
  const terminal = stdoutTerminal();
  const color = colorRule(terminal, env);
  const localeVariable = ['LC_ALL', 'LC_CTYPE', 'LANG'].find((v) => env[v]);
  const font = packageFile(FONT_FILE);
  const facts: DoctorFacts = {
    actVersion: version,
    packageRoot: packageRoot(),
    node: { version: process.version, platform: process.platform, arch: process.arch, v8: process.versions.v8 },
    canvas: canvas.module
      ? { version: canvas.module.version ?? '?', cairo: canvas.module.cairoVersion }
      : { error: canvas.error, cairoFound: cairoFound() },
    canvasSteps: CANVAS_STEPS,
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
