/**
 * Bad and hostile input, the way a new user or a script would give it. Every case ends with
 * documented output or a one-line `act:` error and a meaningful exit code: no stack trace, no hang.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activations } from '../../src/activations/index.js';
import { act, BIN, ROOT } from '../helpers/cli.js';

/** One line on stderr starting with act:, nothing that looks like a stack trace. */
function expectOneLineError(stderr: string): void {
  expect(stderr).toMatch(/^act: [^\n]+\n$/);
  expect(stderr).not.toMatch(/\n\s+at /);
}

/** A one-line error, or an expression's caret error: the message, the text, a caret under it. */
function expectUsageError(stderr: string): void {
  expect(stderr).toMatch(/^act: [^\n]+\n(  [^\n]*\n {2,}\^\n)?$/);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('stdin, as scripts send it', () => {
  const cases: [string, string | Buffer, string][] = [
    ['CRLF line ends', '1\r\n2\r\n', 'x,relu\n1,1\n2,2\n'],
    ['a UTF-8 BOM', '\ufeff-1\n3\n', 'x,relu\n-1,0\n3,3\n'],
    ['blank lines', '\n1\n\n\n2\n\n', 'x,relu\n1,1\n2,2\n'],
    ['trailing commas', '1,\n2,\n', 'x,relu\n1,1\n2,2\n'],
    ['no final newline', '1\n2', 'x,relu\n1,1\n2,2\n'],
    ['nothing at all', '', 'x,relu\n'],
    ['inf, -inf, nan in any case', 'INF\n-Inf\nnan\n', 'x,relu\nInfinity,Infinity\n-Infinity,0\nNaN,NaN\n'],
    ['a header with the x column last', 'a,x\n9,1\n', 'x,relu\n1,1\n'],
  ];
  for (const [what, input, want] of cases) {
    it(`works with ${what}`, () => {
      const r = act(['eval', 'relu'], { input });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(want);
      expect(r.stderr).toBe('');
    });
  }

  it('names the line of a long line (1 MB less 1 byte) that is not a number', () => {
    const r = act(['eval', 'relu'], { input: `1\n${'7'.repeat((1 << 20) - 1)}x\n` });
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
    expect(r.stderr).toMatch(/^act: line 2: "7{40}…" is not a number\n$/);
  });

  it('reads a long number line (1 MB of text) as a number', () => {
    const r = act(['eval', 'identity'], { input: `0.${'1'.repeat((1 << 20) - 2)}\n` });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('x,identity\n0.1111111111111111,0.1111111111111111\n');
  });

  it('stops at binary garbage on line 1 with exit 1', () => {
    const garbage = Buffer.from([0xff, 0xfe, 0x13, 0x37, 0x80, 0x0a, 0x31, 0x0a]);
    const r = act(['eval', 'relu'], { input: garbage });
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
    expect(r.stderr).toMatch(/^act: line 1: ".*" is not a number\n$/);
  });

  it('stops at a NUL byte as binary input, wherever it is', () => {
    for (const [input, line] of [[Buffer.from([0x00, 0xff, 0x0a, 0x31, 0x0a]), 1], [Buffer.from('1\n2\n3\u00004\n'), 3], [Buffer.concat([Buffer.from('5\n'.repeat(100_000)), Buffer.alloc(10)]), 100_001]] as const) {
      const r = act(['eval', 'relu'], { input });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`act: line ${line}: binary data (a NUL byte), not text\n`);
    }
  });

  it('reads "constructor", "__proto__" and the other Object.prototype names as bad values, not NaN', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__']) {
      const r = act(['eval', 'relu'], { input: `1\n${name}\n` });
      expect(r.code, name).toBe(1);
      expect(r.stderr).toBe(`act: line 2: "${name}" is not a number\n`);
      expect(act(['eval', 'relu', '--column', name], { input: `a,${name}\n1,-2\n` }).stdout).toBe('x,relu\n-2,0\n');
    }
  });

  it('reads quoted fields across lines as RFC 4180 records, and refuses an unterminated quote', () => {
    expect(act(['eval', 'relu'], { input: 'x,note\n1,"a\n5,b"\n2,c\n' }).stdout).toBe('x,relu\n1,1\n2,2\n');
    expect(act(['eval', 'relu'], { input: 'note,x\r\n"multi\r\nline, ""quoted""\r\n",-3\r\n"",4\r\n' }).stdout).toBe('x,relu\n-3,0\n4,4\n');
    for (const [input, line] of [['x,note\n1,"a\n5,b\n2,c\n', 2], ['1\n2\n3"\n4\n', 3], ['"', 1]] as const) {
      const r = act(['eval', 'relu'], { input });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`act: line ${line}: unterminated quote (a quoted field has no closing ")\n`);
    }
  });

  it('refuses a folder on stdin, as it refuses -i FOLDER', () => {
    for (const dir of [tmpdir(), ROOT]) {
      const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" eval relu -i - < "${dir}"`], { encoding: 'utf8', timeout: 10_000 });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('act: cannot read stdin: it is a folder\n');
    }
  });
});

describe('pipes and signals', () => {
  it('ends quietly when the reader goes away: act eval gelu -n 10000000 | head -1', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" eval gelu -n 10000000 | head -1; echo "status \${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(r.stdout).toBe('x,gelu\n');
    expect(r.stderr).toMatch(/^status (0|141)\n$/);
  });

  it('a command that prints one text (act table, 79 kB) ends quietly when the reader goes away, and arrives whole when it stays', () => {
    const run = (reader: string) =>
      spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" table --format json | ${reader}; echo "status \${PIPESTATUS[0]}" >&2`], { encoding: 'utf8', timeout: 10_000 });
    const early = run('head -c 10');
    expect(early.stdout).toBe('[\n  {\n    ');
    expect(early.stderr).toMatch(/^status (0|141)\n$/);
    // a slow reader: the pipe fills (64 kB) and the writer waits, however stdout is set up
    const slow = run('(sleep 0.3; cat)');
    expect(slow.stderr).toBe('status 0\n');
    expect(JSON.parse(slow.stdout)).toHaveLength(activations.length);
  });

  it('prints to a full non-blocking pipe (a parent may leave its pipe O_NONBLOCK): the output arrives whole', () => {
    // python makes the pipe, non-blocking, gives act its write end, and reads only after 0.3 s:
    // the pipe (64 kB) fills, and writing to it answers EAGAIN until the reader drains it
    const script = `
import os, subprocess, sys, time
r, w = os.pipe()
os.set_blocking(w, False)
p = subprocess.Popen([sys.argv[1], sys.argv[2], 'table', '--format', 'json'], stdout=w, stderr=subprocess.PIPE)
os.close(w)
time.sleep(0.3)
data = b''
while True:
    chunk = os.read(r, 65536)
    if not chunk:
        break
    data += chunk
code = p.wait()
sys.stderr.write('status %d %s' % (code, p.stderr.read().decode()))
sys.stdout.buffer.write(data)
`;
    const r = spawnSync('python3', ['-c', script, process.execPath, BIN], { encoding: 'utf8', timeout: 10_000, maxBuffer: 1 << 24 });
    expect(r.stderr).toBe('status 0 ');
    expect(JSON.parse(r.stdout)).toHaveLength(activations.length);
  });

  it('stops on SIGINT during a long eval, without output after the signal or a stack trace', async () => {
    const child = spawn(process.execPath, [BIN, 'eval', 'gelu', '-n', '100000000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.kill('SIGINT'));
    child.stdout.resume();
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    expect(signal === 'SIGINT' || code === 130).toBe(true);
    expect(stderr).toBe('');
  });
});

describe('numbers at the edges, through the CLI', () => {
  it('every catalog function at ±0, ±tiny, ±huge, ±Infinity and NaN, with derivatives, exits 0', () => {
    const input = ['0', '-0', '5e-324', '-5e-324', '1e-300', '-1e-300', '1e300', '-1e300', '1.7976931348623157e308', '-1.7976931348623157e308', 'inf', '-inf', 'nan'].join('\n');
    const elementwise = activations.filter((a) => a.kind === 'elementwise').map((a) => a.name);
    const r = act(['eval', ...elementwise, '-d'], { input });
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n').slice(1).map((l) => l.split(','));
    expect(rows.length).toBe(13);
    for (const row of rows.slice(0, 12)) {
      const nan = row.map((v, i) => (v === 'NaN' ? r.stdout.split('\n')[0].split(',')[i] : null)).filter(Boolean);
      expect(nan, `NaN at x=${row[0]}`).toEqual([]);
    }
    expect(rows[12].slice(1).every((v) => v === 'NaN')).toBe(true);
  });

  it('vector functions on vectors holding Infinity or NaN exit 0 with the documented values', () => {
    expect(act(['eval', 'softmax', 'log_softmax', 'softmin', 'sparsemax'], { input: '1\ninf\n2\n' }).stdout).toBe(
      'x,softmax,log_softmax,softmin,sparsemax\n1,0,-Infinity,0.7310585786300049,0\nInfinity,1,0,0,1\n2,0,-Infinity,0.2689414213699951,0\n',
    );
    const withNan = act(['eval', 'softmax', '-d'], { input: '1\nnan\n' });
    expect(withNan.code).toBe(0);
    expect(withNan.stdout).toBe('x,softmax,softmax\'\n1,NaN,NaN\nNaN,NaN,NaN\n');
  });
});

describe('property tests', () => {
  const names = activations.map((a) => a.name);

  it('random specs never crash the process: exit 0, or exit 2 with one `act:` line', () => {
    const spec = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.tuple(fc.constantFrom(...names), fc.array(fc.tuple(fc.constantFrom('alpha', 'beta', 'min', 'max', 'lambda', 'b', 'x', ''), fc.oneof(fc.double(), fc.string({ maxLength: 6 }))), { maxLength: 3 })).map(
        ([n, args]) => (args.length ? `${n}(${args.map(([k, v]) => (k ? `${k}=${v}` : String(v))).join(',')})` : n),
      ),
    );
    fc.assert(
      fc.property(spec, (text) => {
        const r = act(['eval', text, '-n', '3']);
        if (r.code === 0) return;
        expect(r.code).toBe(2);
        expectUsageError(r.stderr);
      }),
      { numRuns: 40 },
    );
  });

  it('random options never crash the process', () => {
    const text = fc.oneof(fc.double().map(String), fc.integer().map(String), fc.string({ maxLength: 8 }));
    // -n takes any text but a large valid count: up to 10^8 rows would be a long run, not a crash test
    const count = fc.oneof(fc.double({ noInteger: true }).map(String), fc.integer({ min: -1000, max: 100_000 }).map(String), fc.string({ maxLength: 8 }));
    const option = fc.oneof(fc.tuple(fc.constantFrom('--from', '--to', '--precision', '--column'), text), fc.tuple(fc.constant('-n'), count));
    fc.assert(
      fc.property(fc.array(option, { minLength: 1, maxLength: 3 }), (opts) => {
        const r = act(['eval', 'gelu', ...opts.flat()]);
        expect([0, 1, 2]).toContain(r.code);
        if (r.code !== 0) expectOneLineError(r.stderr);
      }),
      { numRuns: 40 },
    );
  });
});

describe('resources: streaming keeps memory flat', () => {
  const peakMb = (command: string): number => {
    const file = join(mkdtempSync(join(tmpdir(), 'act-rss-')), 'rss');
    const r = spawnSync('bash', ['-c', command], {
      env: { ...process.env, ACT_MAXRSS_FILE: file },
      encoding: 'utf8',
      timeout: 120_000,
      cwd: ROOT,
    });
    expect(r.status, r.stderr).toBe(0);
    return Number(readFileSync(file, 'utf8')) / 1024;
  };
  const node = `"${process.execPath}" --import ./test/helpers/maxrss.mjs "${BIN}"`;

  it('eval of 10^7 grid points stays under 150 MB', () => {
    expect(peakMb(`${node} eval gelu -n 10000000 > /dev/null`)).toBeLessThan(150);
  }, 120_000);

  it('eval of 10^7 stdin lines stays under 150 MB', () => {
    expect(peakMb(`seq 1 10000000 | ${node} eval relu > /dev/null`)).toBeLessThan(150);
  }, 120_000);

  // input with no line break: the line is capped at 1 MB, and each byte is scanned once
  const refused = (command: string, message: RegExp): number => {
    const file = join(mkdtempSync(join(tmpdir(), 'act-rss-')), 'rss');
    const started = Date.now();
    const r = spawnSync('bash', ['-c', command], { env: { ...process.env, ACT_MAXRSS_FILE: file }, encoding: 'utf8', timeout: 60_000, cwd: ROOT });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.stderr).toMatch(message);
    return Number(readFileSync(file, 'utf8')) / 1024;
  };
  for (const [what, bytes, digit] of [['100 MB of 1s', 100_000_000, '1'], ['30 MB of 7s after 3 lines', 30_000_000, '7']] as const) {
    it(`refuses ${what} without a line break, in flat memory and linear time`, () => {
      const before = what.includes('after') ? `(printf '1\\n2\\n3\\n'; head -c ${bytes} /dev/zero | tr '\\0' ${digit})` : `head -c ${bytes} /dev/zero | tr '\\0' ${digit}`;
      const line = what.includes('after') ? 4 : 1;
      expect(refused(`set -o pipefail; ${before} | ${node} eval relu > /dev/null; test $? = 1`, new RegExp(`^act: line ${line}: longer than 1 MB\n$`))).toBeLessThan(120);
    }, 60_000);
  }

  it('refuses /dev/zero at once as binary input', () => {
    expect(refused(`${node} eval relu -i /dev/zero > /dev/null; test $? = 1`, /^act: line 1: binary data \(a NUL byte\), not text\n$/)).toBeLessThan(120);
  }, 60_000);
});

describe('files', () => {
  const fresh = () => mkdtempSync(join(tmpdir(), 'act-files-'));

  it('writes to paths with spaces and non-ASCII characters', () => {
    const file = join(fresh(), 'dossier été', 'figure 1 — ñ.svg');
    mkdirSync(join(file, '..'));
    const r = act(['plot', 'relu', '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(file, 'utf8').startsWith('<svg')).toBe(true);
  });

  const refusals: [string, (dir: string) => string, RegExp][] = [
    ['into a missing folder', (dir) => join(dir, 'missing', 'a.svg'), /^act: cannot write .*missing\/a\.svg: no such folder\n$/],
    ['onto a folder', (dir) => (mkdirSync(join(dir, 'fig.svg')), join(dir, 'fig.svg')), /^act: cannot write .*fig\.svg: it is a folder\n$/],
    ['into a read-only file system', () => '/sys/act-test.svg', /^act: cannot write \/sys\/act-test\.svg: /],
  ];
  for (const [what, path, message] of refusals) {
    it(`names the path and exits 1 when writing ${what}`, () => {
      const r = act(['plot', 'relu', '-o', path(fresh())]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
    });
  }

  it('leaves /dev/null a device when writing to it', () => {
    const r = act(['plot', 'relu', '--format', 'svg', '-o', '/dev/null']);
    expect(r.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe('large plots resample', () => {
  it('a terminal plot of 10^6 points draws the same frame, in flat memory', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'act-rss-')), 'rss');
    const r = spawnSync(process.execPath, ['--import', './test/helpers/maxrss.mjs', BIN, 'plot', 'gelu', '-n', '1000000'], {
      cwd: ROOT,
      env: { ...process.env, ACT_MAXRSS_FILE: file, COLUMNS: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trimEnd().split('\n').length).toBe(24);
    expect(Number(readFileSync(file, 'utf8')) / 1024).toBeLessThan(400);
  });
});

describe('expression size', () => {
  const balanced = (depth: number): string => (depth === 0 ? 'x' : `(${balanced(depth - 1)}+${balanced(depth - 1)})`);
  const timed = (args: string[]) => {
    const t0 = Date.now();
    const r = act(args);
    return { ...r, ms: Date.now() - t0 };
  };

  it('evaluates a balanced sum of 8,191 characters and a max of 1,000 arguments within seconds', () => {
    const sum = timed(['eval', balanced(11), '-n', '3']);
    expect(sum.code, sum.stderr).toBe(0);
    expect(sum.stdout.split('\n')[1]).toBe(`-10,${-10 * 2048}`);
    expect(sum.ms).toBeLessThan(5000);
    const max = timed(['eval', `max(${Array.from({ length: 1000 }, (_, i) => `x-${i}`).join(',')})`, '-d', '-n', '3']);
    expect(max.code, max.stderr).toBe(0);
    expect(max.stdout.split('\n').slice(1, 4)).toEqual(['-10,-10,1', '0,0,1', '10,10,1']);
    expect(max.ms).toBeLessThan(5000);
  });

  it('refuses longer expressions and more arguments with exit 2, within seconds, whatever the shape', () => {
    const cases = [
      [balanced(13)], // 32 kB balanced sum
      [balanced(16).slice(0, 120_000)], // an unbalanced 120 kB one
      Array.from({ length: 12 }, () => `x+${'1+'.repeat(50_000)}1`), // 1.2 MB of expressions in 12 specs
      [`max(${Array(1001).fill('x').join(',')})`],
      [`min(${Array(20_000).fill('1').join(',')},x)`],
      [`relu(${'x+'.repeat(6000)}x)`],
    ];
    for (const specs of cases) {
      const r = timed(['eval', ...specs, '-n', '3']);
      expect(r.code).toBe(2);
      expectUsageError(r.stderr);
      expect(r.stderr).toMatch(/^act: (the expression is too long: \d+ characters, at most 10000|a call takes at most 1000 arguments)\n/);
      expect(r.stderr.length).toBeLessThan(400);
      expect(r.ms).toBeLessThan(5000);
    }
  });
});

describe('long text in images', () => {
  const dir = mkdtempSync(join(tmpdir(), 'act-long-text-'));
  const pngSize = (file: string): [number, number] => {
    const bytes = readFileSync(file);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  };
  const balanced = (depth: number): string => (depth === 0 ? 'x' : `(${balanced(depth - 1)}+${balanced(depth - 1)})`);
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const cases: [string, string[], [number, number]][] = [
    ['a 3,000-character title of words', ['relu', '--title', words(400)], [640, 480]],
    ['a 100 kB title with no space, in the smallest image', ['relu', '--title', 'W'.repeat(100_000), '-w', '200', '-H', '150'], [200, 150]],
    ['4 kB axis labels', ['relu', '--xlabel', words(500), '--ylabel', 'y'.repeat(4000)], [640, 480]],
    ['an 8 kB expression, its own title and legend label, beside another', [balanced(11), 'gelu'], [640, 480]],
    ['40 labelled functions, each label 1 kB, in a wide image', [...Array.from({ length: 40 }, (_, i) => `${'L'.repeat(1000)}${i}=x+${i}`), '-w', '3000', '-H', '300'], [3000, 300]],
  ];
  for (const [what, args, [w, h]] of cases) {
    it(`writes a PNG with ${what}: fitted, never an abort`, () => {
      const file = join(dir, `${w}x${h}-${args.length}.png`);
      const r = act(['plot', ...args, '-o', file], { timeout: 60_000 });
      expect(r.signal).toBe(null);
      expect(r.code, r.stderr.slice(0, 300)).toBe(0);
      expect(pngSize(file)).toEqual([2 * w, 2 * h]);
    }, 60_000);
  }

  it('the library refuses a spec whose title leaves no room for the plot, with an error instead of an abort', () => {
    const script = `
import { chartSpec, chartOptions, sampleSeries, parseSpec, renderImage } from './dist/index.js';
const series = sampleSeries([parseSpec('relu')], { from: -1, to: 1, points: 5 });
for (const lines of [60, 300]) {
  const spec = chartSpec(series, chartOptions(series));
  spec.title.text = Array.from({ length: lines }, () => 'a line of title');
  for (const format of ['png', 'svg']) await renderImage(spec, format).then(() => console.log('drawn'), (e) => console.log(e.name, e.message));
}`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.signal).toBe(null);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe("RuntimeError the chart's title, axis titles or legend leave no room for the plot: shorten them, or make the image larger\n".repeat(4));
  }, 60_000);
});

describe('image output size', () => {
  const dir = mkdtempSync(join(tmpdir(), 'act-image-size-'));
  const refusals: [string, string[]][] = [
    ['20 functions with -d at 10^6 points to Vega-Lite JSON', [...Array.from({ length: 20 }, (_, i) => `x+${i}`), '-d', '-n', '1000000', '-o', join(dir, 'a.vl.json')]],
    ['3 functions at 200,000 points to JSON on stdout', ['relu', 'gelu', 'tanh', '-n', '200000', '--format', 'json']],
    ['12 functions at 10^6 points to a PNG', [...Array.from({ length: 12 }, (_, i) => `x*${i}`), '-n', '1000000', '-o', join(dir, 'a.png')]],
    ['3 functions with -d at 10^6 points to an SVG', ['relu', 'elu', 'selu', '-d', '-n', '1000000', '-o', join(dir, 'a.svg')]],
  ];
  for (const [what, args] of refusals) {
    it(`refuses ${what} at once, with exit 2 and no file`, () => {
      const t0 = Date.now();
      const r = act(['plot', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^act: \d+ functions( × 2 \(f and f'\))? × \d+ points = \d+ samples: (a Vega-Lite spec|an image) takes at most \d+ \(lower -n\)\n$/);
      expect(r.stdout).toBe('');
      expect(Date.now() - t0).toBeLessThan(5000);
    });
  }

  it('writes Vega-Lite JSON at the bound (500,000 samples) in bounded memory', () => {
    const file = join(dir, 'b.vl.json');
    const rss = join(dir, 'rss');
    const r = spawnSync(process.execPath, ['--import', './test/helpers/maxrss.mjs', BIN, 'plot', 'relu', 'gelu', '-d', '-n', '125000', '-o', file], {
      cwd: ROOT,
      env: { ...process.env, ACT_MAXRSS_FILE: rss },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).layer.at(-1).data.values.length).toBe(500_000 + 2); // relu and relu' each add their kink at 0
    expect(Number(readFileSync(rss, 'utf8')) / 1024).toBeLessThan(700);
  }, 60_000);
});
