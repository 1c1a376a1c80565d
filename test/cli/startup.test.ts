/**
 * Start-up stays light, observed in the real process (test/helpers/load-probe.cjs): `act plot gelu`
 * in the terminal reads the CLI's bundle, compiled from its V8 code cache, and nothing of the image
 * command (vega, vega-lite, node-canvas, resvg); no command loads node:child_process, node:crypto
 * or node:perf_hooks (2-4 ms each). A cache that is stale or that V8 refuses changes nothing but speed.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { act, ROOT } from '../helpers/cli.js';

interface Probe {
  reads: string[];
  scripts: { filename: string; cacheGiven: boolean; cacheRejected: boolean }[];
  builtins: string[];
}

const scratch = mkdtempSync(join(tmpdir(), 'act-startup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let runs = 0;
/** Runs bin/act (of the package at root) with the probe, and what it saw. */
function probed(args: string[], root = ROOT): { code: number | null; stdout: string; stderr: string; probe: Probe } {
  const out = join(scratch, `probe-${++runs}.json`);
  const r = act(args, { bin: join(root, 'bin/act'), env: { NODE_OPTIONS: `--require ${join(ROOT, 'test/helpers/load-probe.cjs')}`, ACT_PROBE_OUT: out } });
  return { ...r, probe: JSON.parse(readFileSync(out, 'utf8')) as Probe };
}

const SLOW_BUILTINS = ['child_process', 'crypto', 'perf_hooks'];
const bundles = (p: Probe) => p.scripts.map((s) => s.filename);

describe('start-up', () => {
  it('a terminal plot runs the CLI bundle from its code cache, and loads nothing of the image command', () => {
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
    const { code, probe } = probed(['plot', 'gelu', '-o', file]);
    expect(code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<svg/);
    expect(bundles(probe)).toEqual(['dist/main.cjs', 'dist/commands/plot-image.cjs']);
    for (const s of probe.scripts) expect(s).toMatchObject({ cacheGiven: true, cacheRejected: false });
    expect(probe.builtins.filter((m) => SLOW_BUILTINS.includes(m))).toEqual([]);
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

    it('takes the caches made where the package was built, and --debug traces still point into the sources', () => {
      const { code, stderr, probe } = probed(['eval', 'x+', '--debug'], copy);
      expect(code).toBe(2);
      expect(probe.scripts).toMatchObject([{ filename: 'dist/main.cjs', cacheGiven: true, cacheRejected: false }]);
      expect(probe.reads).toContain(join(copy, 'dist/main.cjs.map'));
      expect(stderr).toMatch(/ \(src\/spec\/parse\.ts:\d+:\d+\)\n/);
    });

    it('ignores a cache older than its bundle', () => {
      const later = new Date(Date.now() + 60_000);
      utimesSync(join(copy, 'dist/main.cjs'), later, later);
      const { code, stdout, probe } = probed(['plot', 'gelu', '--from', '-3', '--to', '3'], copy);
      expect(code).toBe(0);
      expect(stdout).toBe(expected);
      expect(probe.scripts).toMatchObject([{ filename: 'dist/main.cjs', cacheGiven: false }]);
      expect(probe.reads).toContain(join(copy, 'dist/main.cjs'));
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

    it('runs as well when V8 refuses the cache', () => {
      const cache = join(copy, 'dist/main.cjs.cache');
      writeFileSync(cache, Buffer.alloc(4096, 0x5a));
      const later = new Date(Date.now() + 120_000);
      utimesSync(cache, later, later);
      const { code, stdout, probe } = probed(['plot', 'gelu', '--from', '-3', '--to', '3'], copy);
      expect(code).toBe(0);
      expect(stdout).toBe(expected);
      expect(probe.scripts).toMatchObject([{ filename: 'dist/main.cjs', cacheGiven: true, cacheRejected: true }]);
      expect(probe.reads).toContain(join(copy, 'dist/main.cjs.cache'));
    });
  });
});
