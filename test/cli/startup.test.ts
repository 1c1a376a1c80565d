/**
 * Start-up stays light, observed in the real process (test/helpers/load-probe.cjs): `act plot gelu`
 * in the terminal reads the CLI's bundle, compiled from its V8 code cache, and nothing of the image
 * command (vega, vega-lite, node-canvas, resvg); no command loads node:child_process, node:crypto
 * or node:perf_hooks (2-4 ms each). The caches are made by the first run, in the cache folder
 * (ACT_CACHE_DIR here); one that is stale or that V8 refuses changes nothing but speed.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { act, ROOT } from '../helpers/cli.js';
import { cacheFolder } from '../../src/cli/bundle-loader.js';

interface Probe {
  reads: string[];
  scripts: { filename: string; cacheGiven: boolean; cacheRejected: boolean }[];
  builtins: string[];
}

const scratch = mkdtempSync(join(tmpdir(), 'act-startup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const caches = join(scratch, 'cache');
let runs = 0;
/** Runs bin/act (of the package at root) with the probe, and what it saw. */
function probed(args: string[], root = ROOT, cacheDir = caches): { code: number | null; stdout: string; stderr: string; probe: Probe } {
  const out = join(scratch, `probe-${++runs}.json`);
  const r = act(args, { bin: join(root, 'bin/act'), env: { NODE_OPTIONS: `--require ${join(ROOT, 'test/helpers/load-probe.cjs')}`, ACT_PROBE_OUT: out, ACT_CACHE_DIR: cacheDir } });
  return { ...r, probe: JSON.parse(readFileSync(out, 'utf8')) as Probe };
}

/** The code cache files in a cache folder (in its one V8 version's folder). */
function cacheFiles(cacheDir: string): string[] {
  if (!existsSync(cacheDir)) return [];
  return readdirSync(cacheDir).flatMap((v) => readdirSync(join(cacheDir, v)).map((f) => `${v}/${f}`)).sort();
}

const SLOW_BUILTINS = ['child_process', 'crypto', 'perf_hooks'];
const bundles = (p: Probe) => p.scripts.map((s) => s.filename);

describe('start-up', () => {
  it('the first run writes the code cache into the cache folder, per command; later runs take it', () => {
    const fresh = join(scratch, 'fresh-cache');
    // a cache of an earlier naming scheme, which the first write clears away
    const legacy = join(fresh, `v8-${process.versions.v8}-${process.arch}`, 'main-1k489df-plot-263388-1796030498805.cache');
    mkdirSync(join(legacy, '..'), { recursive: true });
    writeFileSync(legacy, 'old');
    const first = probed(['plot', 'gelu'], ROOT, fresh);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.probe.scripts).toMatchObject([{ filename: 'dist/main.cjs', cacheGiven: false }]);
    // named by the bundle's build id, the hash of its contents that the build appends to it
    const id = /\/\/# actBuild=([0-9a-f]{16})\n$/.exec(readFileSync(join(ROOT, 'dist/main.cjs'), 'utf8'))?.[1];
    expect(cacheFiles(fresh)).toEqual([expect.stringMatching(new RegExp(`^v8-[\\d.]+-node\\.\\d+-\\w+/main-plot-${id}\\.cache$`))]);
    expect(probed(['plot', 'gelu'], ROOT, fresh).probe.scripts).toMatchObject([{ cacheGiven: true, cacheRejected: false }]);
    // another command has a cache of its own (it runs other functions of the bundle)
    expect(probed(['list'], ROOT, fresh).probe.scripts).toMatchObject([{ cacheGiven: false }]);
    expect(cacheFiles(fresh)).toHaveLength(2);
  });

  it('ACT_CACHE_DIR set empty turns caching off, and a folder that cannot be written is no error', () => {
    const off = probed(['plot', 'gelu'], ROOT, '');
    expect(off.code).toBe(0);
    expect(off.probe.scripts).toMatchObject([{ cacheGiven: false }]);
    // a "folder" that is a file: it cannot be made, nor anything in it
    const file = join(scratch, 'not-a-folder');
    writeFileSync(file, '');
    const unwritable = probed(['plot', 'gelu'], ROOT, file);
    expect(unwritable.code).toBe(0);
    expect(unwritable.stderr).toBe('');
  });

  it('without a home folder (HOME empty, no XDG_CACHE_HOME), writes no cache into the folder it runs in', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'act-no-home-'));
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: '', ACT_CACHE_DIR: undefined, XDG_CACHE_HOME: undefined, NODE_EXTRA_CA_CERTS: undefined };
    for (const key of ['ACT_CACHE_DIR', 'XDG_CACHE_HOME', 'NODE_EXTRA_CA_CERTS']) delete env[key];
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/act'), 'plot', 'gelu'], { cwd, env, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(cwd)).toEqual([]);
    expect(cacheFolder({}, 'linux', '')).toBeUndefined();
    expect(cacheFolder({}, 'linux', '/home/u')).toBe('/home/u/.cache/act');
    expect(cacheFolder({ XDG_CACHE_HOME: '/c' }, 'linux', '')).toBe('/c/act');
  });

  it('a terminal plot runs the CLI bundle from its code cache, and loads nothing of the image command', () => {
    act(['plot', 'gelu'], { env: { ACT_CACHE_DIR: caches } }); // the first run writes the cache
    const { code, stdout, probe } = probed(['plot', 'gelu']);
    expect(code).toBe(0);
    expect(stdout).toContain('gelu');
    expect(bundles(probe)).toEqual(['dist/main.cjs']);
    expect(probe.scripts[0]).toMatchObject({ cacheGiven: true, cacheRejected: false });
    expect(probe.reads.filter((f) => f.includes('plot-image') || f.includes('vega'))).toEqual([]);
    expect(probe.builtins.filter((m) => SLOW_BUILTINS.includes(m))).toEqual([]);
    // printed straight to the pipe: Node's stdout stream (net, stream) is never made
    expect(probe.builtins.filter((m) => ['net', 'stream', 'tty'].includes(m))).toEqual([]);
  });

  it('a command that streams (eval) does make the stdout stream, so the check above can fail', () => {
    const { code, probe } = probed(['eval', 'relu', '-n', '3']);
    expect(code).toBe(0);
    expect(probe.builtins).toContain('net');
  });

  it('an image loads the image command, also from its cache, and still none of the slow built-ins', () => {
    const file = join(scratch, 'g.svg');
    act(['plot', 'gelu', '-o', file], { env: { ACT_CACHE_DIR: caches } });
    const { code, probe } = probed(['plot', 'gelu', '-o', file]);
    expect(code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<svg/);
    expect(bundles(probe)).toEqual(['dist/main.cjs', 'dist/commands/plot-image.cjs']);
    for (const s of probe.scripts) expect(s).toMatchObject({ cacheGiven: true, cacheRejected: false });
    expect(probe.builtins.filter((m) => SLOW_BUILTINS.includes(m))).toEqual([]);
    // its text's outlines from the common glyphs alone: no gzipped block, so no zlib and no streams;
    // the file is written without node:fs/promises (which loads readline)
    expect(probe.reads.filter((f) => f.includes('glyphs')).map((f) => f.slice(f.indexOf('dist/')))).toEqual(['dist/glyphs/common.json']);
    expect(probe.builtins.filter((m) => ['zlib', 'stream', 'fs/promises', 'internal/fs/promises', 'internal/readline/interface'].includes(m))).toEqual([]);
  });

  it('a PNG, and an SVG whose text is not ASCII, do load zlib (so the check above can fail)', () => {
    // resvg's PNG, which act encodes with zlib (node-canvas, where it is built, encodes its own)
    const png = probed(['plot', 'gelu', '--renderer', 'resvg', '-o', join(scratch, 'g.png')]);
    expect(png.code).toBe(0);
    expect(png.probe.builtins).toContain('zlib');
    const svg = probed(['plot', 'gelu', '--title', 'αβγ', '-o', join(scratch, 'greek.svg')]);
    expect(svg.code).toBe(0);
    expect(svg.probe.builtins).toContain('zlib');
    expect(svg.probe.reads.some((f) => f.endsWith('dist/glyphs/03.json.gz'))).toBe(true);
  });

  it('a PDF loads pdfkit, a bundle of its own that no other image loads', () => {
    const file = join(scratch, 'g.pdf');
    const { code, probe } = probed(['plot', 'gelu', '-o', file]);
    expect(code).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bundles(probe)).toEqual(['dist/main.cjs', 'dist/commands/plot-image.cjs', 'dist/commands/pdf.cjs']);
    expect(probe.builtins.filter((m) => SLOW_BUILTINS.includes(m))).toEqual([]);
  });

  it('--dtype loads the dtype engine, a bundle of its own that a run without it does not load', () => {
    for (const args of [['eval', 'sigmoid', '-n', '3'], ['plot', 'gelu', '-w', '40', '-H', '8'], ['info', 'gelu', '--no-chart']]) {
      const plain = probed(args);
      expect(plain.code).toBe(0);
      expect(bundles(plain.probe), args.join(' ')).toEqual(['dist/main.cjs']);
      const low = probed([...args, '--dtype', 'bfloat16']);
      expect(low.code, low.stderr).toBe(0);
      expect(bundles(low.probe), args.join(' ')).toEqual(['dist/main.cjs', 'dist/commands/dtype.cjs']);
    }
  });

  it('the probe sees what it looks for (so the checks above can fail)', () => {
    const out = join(scratch, 'probe-self.json');
    const code = "require('node:child_process'); require('node:fs').readFileSync(process.argv[1]); new (require('node:vm').Script)('1', { filename: 'x.cjs' })";
    spawnSync(process.execPath, ['--require', join(ROOT, 'test/helpers/load-probe.cjs'), '-e', code, join(ROOT, 'package.json')], { env: { ...process.env, ACT_PROBE_OUT: out } });
    const probe = JSON.parse(readFileSync(out, 'utf8')) as Probe;
    expect(probe.builtins).toContain('child_process');
    expect(probe.reads).toContain(join(ROOT, 'package.json'));
    expect(probe.scripts).toEqual([{ filename: 'x.cjs', cacheGiven: false, cacheRejected: false }]);
  });

  describe('in a copy of the package whose caches are stale or corrupt', () => {
    const copy = join(scratch, 'package');
    mkdirSync(copy);
    for (const f of ['bin', 'dist', 'assets']) cpSync(join(ROOT, f), join(copy, f), { recursive: true, preserveTimestamps: true });
    copyFileSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const expected = act(['plot', 'gelu', '--from', '-3', '--to', '3']).stdout;

    const copyCaches = join(scratch, 'copy-cache');

    it('runs from the caches of its build (made on its first run), and --debug traces still point into the sources', () => {
      probed(['eval', 'x+', '--debug'], copy, copyCaches);
      const { code, stderr, probe } = probed(['eval', 'x+', '--debug'], copy, copyCaches);
      expect(code).toBe(2);
      expect(probe.scripts).toMatchObject([{ filename: 'dist/main.cjs', cacheGiven: true, cacheRejected: false }]);
      expect(probe.reads).toContain(join(copy, 'dist/main.cjs.map'));
      expect(stderr).toMatch(/ \(src\/spec\/parse\.ts:\d+:\d+\)\n/);
    });

    it('a rebuilt bundle (another build id) does not take the old cache, even at the same length, and its own replaces it', () => {
      probed(['plot', 'gelu'], copy, copyCaches);
      const before = cacheFiles(copyCaches).filter((f) => f.includes('-plot-'));
      expect(before).toHaveLength(1);
      // other code of the same length and time, as V8 alone would take it
      const bundle = join(copy, 'dist/main.cjs');
      const code = readFileSync(bundle, 'utf8');
      writeFileSync(bundle, code.replace(/actBuild=(\w)/, (_, c: string) => `actBuild=${c === '0' ? '1' : '0'}`));
      expect(readFileSync(bundle, 'utf8')).toHaveLength(code.length);
      const { code: exit, stdout, probe } = probed(['plot', 'gelu', '--from', '-3', '--to', '3'], copy, copyCaches);
      expect(exit).toBe(0);
      expect(stdout).toBe(expected);
      expect(probe.scripts).toMatchObject([{ filename: 'dist/main.cjs', cacheGiven: false }]);
      const after = cacheFiles(copyCaches).filter((f) => f.includes('-plot-'));
      expect(after).toHaveLength(1);
      expect(after).not.toEqual(before);
    });

    it('without the precompiled templates, an image is compiled by vega-lite, a bundle of its own, to the same SVG', () => {
      const [ours, theirs] = [join(scratch, 'with.svg'), join(scratch, 'without.svg')];
      expect(act(['plot', 'gelu', 'relu', '-d', '-o', ours]).code).toBe(0);
      rmSync(join(copy, 'dist/vega-templates'), { recursive: true });
      const { code, probe } = probed(['plot', 'gelu', 'relu', '-d', '-o', theirs], copy);
      expect(code).toBe(0);
      expect(bundles(probe)).toEqual(['dist/main.cjs', 'dist/commands/plot-image.cjs', 'dist/commands/vega-lite.cjs']);
      expect(readFileSync(theirs, 'utf8')).toBe(readFileSync(ours, 'utf8'));
    });

    it('runs as well when V8 refuses the cache, and writes it anew', () => {
      probed(['plot', 'gelu'], copy, copyCaches);
      const [file] = cacheFiles(copyCaches).filter((f) => f.includes('-plot-'));
      writeFileSync(join(copyCaches, file), Buffer.alloc(4096, 0x5a));
      const { code, stdout, probe } = probed(['plot', 'gelu', '--from', '-3', '--to', '3'], copy, copyCaches);
      expect(code).toBe(0);
      expect(stdout).toBe(expected);
      expect(probe.scripts).toMatchObject([{ filename: 'dist/main.cjs', cacheGiven: true, cacheRejected: true }]);
      expect(probe.reads).toContain(join(copyCaches, file));
      expect(probed(['plot', 'gelu'], copy, copyCaches).probe.scripts).toMatchObject([{ cacheGiven: true, cacheRejected: false }]);
    });
  });
});
