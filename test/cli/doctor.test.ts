/** `act doctor`: the real command, in a pipe and in a pseudo-terminal; and its report for setups this machine is not. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doctorText, type DoctorFacts } from '../../src/cli/doctor-report.js';
import { act, ROOT } from '../helpers/cli.js';
import { hasCanvas } from '../helpers/canvas.js';
import { actInPty } from '../helpers/pty.js';

const version = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')).version as string;

/** The report's lines by topic. */
function report(text: string): Map<string, string> {
  return new Map(text.trimEnd().split('\n').map((l) => {
    const m = /^(\[ok\]|\[--\]|\[!!\]) (\S+)\s+(.*)$/.exec(l);
    if (!m) throw new Error(`not a report line: ${l}`);
    return [m[2], `${m[1]} ${m[3]}`];
  }));
}

describe('act doctor', () => {
  it('says the versions, the renderers this machine has, the font and that stdout is a pipe', () => {
    const r = act(['doctor'], { env: { LANG: 'C.UTF-8', LC_ALL: undefined, LC_CTYPE: undefined } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = report(r.stdout);
    expect(lines.get('act')).toBe(`[ok] ${version} (${ROOT.replace(/\/$/, '')})`);
    expect(lines.get('Node.js')).toMatch(new RegExp(`^\\[ok\\] ${process.version.replace(/\./g, '\\.')} \\(${process.platform} ${process.arch}, V8 `));
    if (hasCanvas) {
      expect(lines.get('node-canvas')).toMatch(/^\[ok\] built: canvas \d/);
      expect(lines.get('PNG')).toMatch(/^\[ok\] node-canvas/);
    } else {
      expect(lines.get('node-canvas')).toMatch(/^\[--\] not installed \(optional.*npm install canvas@3\.2\.3/);
      expect(lines.get('PNG')).toBe('[ok] resvg (prebuilt binary, nothing compiled)');
    }
    expect(lines.get('PDF')).toMatch(/^\[ok\] pdfkit/);
    expect(lines.get('font')).toMatch(/^\[ok\] DejaVu Sans, .*assets\/fonts\/DejaVuSans\.ttf \(\d+ kB/);
    expect(lines.get('terminal')).toMatch(/^\[ok\] stdout is not a terminal/);
    expect(lines.get('UTF-8')).toBe('[ok] yes (LANG=C.UTF-8)');
    expect(lines.get('colours')).toMatch(/^\[ok\] off \(stdout is not a terminal;/);
  });

  it("names this Node's code cache folder and counts its caches; ACT_CACHE_DIR set empty: off", () => {
    const folder = mkdtempSync(join(tmpdir(), 'act-doctor-cache-'));
    act(['doctor'], { env: { ACT_CACHE_DIR: folder } }); // the first run writes doctor's cache
    const lines = report(act(['doctor'], { env: { ACT_CACHE_DIR: folder } }).stdout);
    expect(lines.get('code')).toMatch(new RegExp(`^\\[ok\\] cache +${folder}/v8-[^ ]+ \\(1 file;`));
    expect(report(act(['doctor'], { env: { ACT_CACHE_DIR: '' } }).stdout).get('code')).toMatch(/^\[ok\] cache +off \(ACT_CACHE_DIR is set empty\)/);
  });

  it('flags a code cache folder that cannot be written (a file in its path), which the loader skips without a word', () => {
    const dir = mkdtempSync(join(tmpdir(), 'act-doctor-cache-'));
    writeFileSync(join(dir, 'file'), '');
    const r = act(['doctor'], { env: { ACT_CACHE_DIR: join(dir, 'file', 'act') } });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(report(r.stdout).get('code')).toMatch(new RegExp(`^\\[--\\] cache +${dir}/file/act/v8-[^ ]+ cannot be written \\(${dir}/file is not a folder\\): each start compiles the CLI anew`));
  });

  it.skipIf(hasCanvas)(`without node-canvas, gives only the steps still to take${hasCanvas ? ' (node-canvas is built: skipped)' : ''}`, () => {
    const line = report(act(['doctor']).stdout).get('node-canvas')!;
    const found = spawnSync('pkg-config', ['--exists', 'cairo', 'pangocairo']).status === 0;
    if (found) {
      // cairo's and pango's files are there: no "install cairo and pango" after saying so
      expect(line).toMatch(/cairo and pango's development files are installed\. To get it, `npm install canvas@3\.2\.3`/);
      expect(line).not.toContain('apt-get install');
    } else {
      expect(line).toMatch(/To get it, install cairo and pango \(on Debian or Ubuntu `apt-get install /);
    }
  });

  it('flags a locale that is not UTF-8, and NO_COLOR', () => {
    const r = act(['doctor'], { env: { LANG: 'C', LC_ALL: undefined, LC_CTYPE: undefined, NO_COLOR: '1' } });
    const lines = report(r.stdout);
    expect(lines.get('UTF-8')).toMatch(/^\[!!\] no \(LANG=C\): .*set LANG=C\.UTF-8/);
    expect(lines.get('colours')).toMatch(/^\[ok\] off \(NO_COLOR is set;/);
  });

  it("in a terminal, gives the terminal's size and turns colours on", () => {
    const r = actInPty(['doctor'], { columns: 100, rows: 30 }, { LANG: 'C.UTF-8' });
    expect(r.code).toBe(0);
    const lines = report(r.output);
    expect(lines.get('terminal')).toBe('[ok] stdout is a terminal, 100x30');
    expect(lines.get('colours')).toMatch(/^\[ok\] on \(stdout is a terminal;/);
  });
});

describe("act doctor's report", () => {
  const facts: DoctorFacts = {
    actVersion: '1.2.3',
    packageRoot: '/opt/act',
    node: { version: 'v20.0.0', platform: 'linux', arch: 'x64', v8: '11' },
    canvas: { error: 'not installed', cairoFound: 'no pkg-config' },
    canvasSteps: 'install cairo',
    resvg: { ok: false, error: "Cannot find module '@resvg/resvg-js-linux-x64-gnu'", help: 'run npm install' },
    svgText: 'glyphs',
    codeCache: { files: 0 },
    font: { family: 'DejaVu Sans', file: '/opt/act/assets/fonts/DejaVuSans.ttf' },
    terminal: { isTTY: false, colors: false, colorReason: 'x' },
  };

  it('with no PNG renderer (npm ci --omit=optional) and the font missing, flags both and says what to do', () => {
    const lines = report(doctorText(facts));
    expect(lines.get('PNG')).toBe("[!!] no PNG renderer is installed (Cannot find module '@resvg/resvg-js-linux-x64-gnu'): run npm install; .svg, .pdf and .json work without one");
    expect(lines.get('PDF')).toMatch(/^\[ok\] pdfkit/);
    expect(lines.get('node-canvas')).toMatch(/pkg-config is not installed.*To get it, install cairo$/);
    expect(lines.get('font')).toMatch(/^\[!!\] DejaVu Sans: .* is missing/);
    expect(lines.get('UTF-8')).toMatch(/^\[!!\] no locale is set/);
  });

  it('with node-canvas built, it renders PNG, and resvg and canvas PDF are the alternatives', () => {
    const lines = report(doctorText({ ...facts, canvas: { version: '3.2.3', cairo: '1.18.0' }, resvg: { ok: true } }));
    expect(lines.get('node-canvas')).toBe('[ok] built: canvas 3.2.3, cairo 1.18.0');
    expect(lines.get('PNG')).toBe('[ok] node-canvas (cairo); resvg with --renderer resvg');
    expect(lines.get('PDF')).toMatch(/; node-canvas with --renderer canvas$/);
  });
});
