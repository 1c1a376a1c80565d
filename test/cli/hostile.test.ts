/**
 * Bad and hostile input, the way a new user or a script would give it. Every case ends with
 * documented output or a one-line `act:` error and a meaningful exit code: no stack trace, no hang.
 */
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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
      expect(act(['eval', 'relu', '--column', name], { input: `a,${name}\n1,-2\n` }).stdout).toBe(`${name},relu\n-2,0\n`);
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

  it('act batch: refuses a script with no line break (50 MB), /dev/zero, and more than 16 MB, in flat memory', () => {
    expect(refused(`set -o pipefail; head -c 50000000 /dev/zero | tr '\\0' 7 | ${node} batch; test $? = 1`, /^act: the script: line 1: longer than 1 MB\n$/)).toBeLessThan(120);
    expect(refused(`${node} batch /dev/zero; test $? = 1`, /^act: the script: line 1: binary data \(a NUL byte\), not text\n$/)).toBeLessThan(120);
    expect(refused(`set -o pipefail; yes 'list --format csv' | head -c 40000000 | ${node} batch > /dev/null; test $? = 1`, /^act: the script is longer than 16 MB\n$/)).toBeLessThan(150);
  }, 60_000);

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

  it('refuses with exit 2 (never an abort) a small image whose legend or labels leave no room for the plot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'act-no-room-'));
    const long = 'L'.repeat(3000);
    for (const args of [[`${long}=relu`, `${long}2=x`, '-w', '200', '-H', '150'], [...Array.from({ length: 40 }, (_, i) => `x+${i}`), '-w', '200', '-H', '150']]) {
      for (const ext of ['png', 'svg']) {
        const r = act(['plot', ...args, '-o', join(dir, `a.${ext}`)]);
        expect(r.signal).toBe(null);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe("act: the chart's title, axis titles or legend leave no room for the plot: shorten them, make the image larger, or use --no-legend\n");
      }
      expect(act(['plot', ...args, '--no-legend', '-o', join(dir, 'b.png')]).code).toBe(0);
    }
    expect(readdirSync(dir)).toEqual(['b.png']);
  }, 60_000);

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
    expect(r.stdout).toBe("UsageError the chart's title, axis titles or legend leave no room for the plot: shorten them, make the image larger, or use --no-legend\n".repeat(4));
  }, 60_000);
});

describe('image output size', () => {
  const dir = mkdtempSync(join(tmpdir(), 'act-image-size-'));
  const refusals: [string, string[]][] = [
    ['20 functions with -d at 10^6 points to Vega-Lite JSON', [...Array.from({ length: 20 }, (_, i) => `x+${i}`), '-d', '-n', '1000000', '-o', join(dir, 'a.vl.json')]],
    ['3 functions at 200,000 points to JSON on stdout', ['relu', 'gelu', 'tanh', '-n', '200000', '--format', 'json']],
    ['12 functions at 10^6 points to a PNG', [...Array.from({ length: 12 }, (_, i) => `x*${i}`), '-n', '1000000', '-o', join(dir, 'a.png')]],
    ['3 functions with -d at 10^6 points to an SVG', ['relu', 'elu', 'selu', '-d', '-n', '1000000', '-o', join(dir, 'a.svg')]],
    ['2 functions at 300,000 points to an HTML page', ['gelu', 'relu', '-n', '300000', '-o', join(dir, 'a.html')]],
  ];
  for (const [what, args] of refusals) {
    it(`refuses ${what} at once, with exit 2 and no file`, () => {
      const t0 = Date.now();
      const r = act(['plot', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^act: \d+ functions( × 2 \(f and f'\))? × \d+ points = \d+ samples: (a Vega-Lite spec|an HTML page|an image) takes at most \d+ \(lower -n\)\n$/);
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

describe('prototype names as keys', () => {
  const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

  it('labels named after Object.prototype members are ordinary labels: CSV, terminal and image', () => {
    const specs = names.map((n, i) => `${n}=x+${i}`);
    const csv = act(['eval', ...specs, '-n', '2']);
    expect(csv.stdout).toBe(`x,${names.join(',')}\n-10,-10,-9,-8,-7,-6,-5\n10,10,11,12,13,14,15\n`);
    const chart = act(['plot', ...specs, '-w', '100']);
    expect(chart.code).toBe(0);
    for (const n of names) expect(chart.stdout).toContain(n);
    const file = join(mkdtempSync(join(tmpdir(), 'act-proto-')), 'p.svg');
    expect(act(['plot', ...specs, '-o', file]).code).toBe(0);
    const svg = readFileSync(file, 'utf8');
    // every curve is drawn in its own colour: a line across the plot, besides the legend's short sample
    for (const color of ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b']) {
      expect(svg.match(new RegExp(`<path d="M[^"]*L[^"]*" stroke="${color}"`, 'g'))?.length, color).toBe(1);
    }
    // (a trailing space keeps vega from looking the text up on Object.prototype, see drawableTexts in image.ts; vega trims it)
    // (the SVG draws text as glyph paths, each with its text in aria-label)
    for (const n of names) expect(svg).toContain(`aria-label="${n}"`);
  });

  it('titles and axis labels named after Object.prototype members draw, in every format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'act-proto-'));
    for (const n of names) {
      for (const ext of ['svg', 'png']) {
        const r = act(['plot', `${n}=x`, '--title', n, '--xlabel', n, '-o', join(dir, `${n}.${ext}`)]);
        expect(r.code, `${n} ${ext}: ${r.stderr}`).toBe(0);
      }
    }
  });

  it('refuses Object.prototype names as --init, parameters and functions', () => {
    for (const n of names) {
      const init = act(['gradient', 'relu', '--init', n, '--depth', '2', '--width', '4', '--batch', '2']);
      expect(init.code).toBe(2);
      expect(init.stderr).toBe(`act: --init must be xavier, he, lecun or normal:STD (STD > 0), got "${n}"\n`);
      expect(act(['eval', `elu(${n}=1)`, '-n', '2']).code).toBe(2);
      expect(act(['eval', `${n}(x)`, '-n', '2']).code).toBe(2);
      expect(act(['info', n]).code).toBe(2);
    }
  });
});

describe('act gradient bounds memory and total work', () => {
  const rssOf = (args: string[]) => {
    const file = join(mkdtempSync(join(tmpdir(), 'act-rss-')), 'rss');
    const t0 = Date.now();
    const r = spawnSync(process.execPath, ['--import', './test/helpers/maxrss.mjs', BIN, 'gradient', ...args], { cwd: ROOT, env: { ...process.env, ACT_MAXRSS_FILE: file }, encoding: 'utf8', timeout: 120_000 });
    return { ...r, ms: Date.now() - t0, mb: Number(readFileSync(file, 'utf8')) / 1024 };
  };

  for (const shape of [['1000', '2048', '1'], ['1000', '100', '1000'], ['300', '1500', '64'], ['1000', '64', '520']]) {
    it(`refuses --depth ${shape[0]} --width ${shape[1]} --batch ${shape[2]} at once, naming the memory it needs`, () => {
      const r = rssOf(['relu', '--depth', shape[0], '--width', shape[1], '--batch', shape[2]]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^act: the network needs \d+ MB \(weights depth × width², and activations 2 × depth × batch × width, as float64\); at most 512 MB: lower --depth, --width or --batch\n$/);
      expect(r.mb).toBeLessThan(150);
      expect(r.ms).toBeLessThan(5000);
    });
  }

  it('counts the work of every activation: 8 at a fifth of the bound are refused, 4 run', () => {
    const eight = rssOf(['relu', 'gelu', 'tanh', 'sigmoid', 'elu', 'selu', 'swish', 'mish', '--depth', '1000', '--width', '100', '--batch', '200', '--format', 'csv']);
    expect(eight.status).toBe(2);
    expect(eight.stderr).toBe('act: 8 activations × depth × width² × batch must be at most 1e+10 in all (about a minute of work), got 1.60e+10\n');
  });

  it('runs a network just under the memory bound within it (peak RSS under 700 MB)', () => {
    const r = rssOf(['relu', '--depth', '1000', '--width', '16', '--batch', '1900', '--format', 'csv']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trimEnd().split('\n').length).toBe(1001);
    expect(r.mb).toBeLessThan(700);
  }, 120_000);
});

describe('grids at the ends of the doubles', () => {
  const max = '1.7976931348623157e308';
  const cases: [string[], number][] = [
    [['--from', '-1e308', '--to', '1e308', '-n', '5'], 5],
    [['--from', `-${max}`, '--to', max, '-n', '7'], 7],
    [['--from', '-1e-300', '--to', max, '-n', '1000'], 1000],
    [['--from', '1e307', '--to', max, '-n', '100000'], 100000],
  ];
  for (const [range, n] of cases) {
    it(`eval ${range.join(' ')}: finite x, exact ends${n % 2 && range[1].startsWith('-') ? ' and an exact 0' : ''}`, () => {
      const r = act(['eval', 'identity', ...range]);
      expect(r.code, r.stderr).toBe(0);
      const xs = r.stdout.trimEnd().split('\n').slice(1).map((l) => Number(l.split(',')[0]));
      expect(xs.length).toBe(n);
      expect(xs.every(Number.isFinite)).toBe(true);
      expect(xs[0]).toBe(Number(range[1]));
      expect(xs.at(-1)).toBe(Number(range[3]));
      for (let i = 1; i < n; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1]);
      if (n % 2 === 1 && range[1] === `-${range[3]}`) expect(xs[(n - 1) / 2]).toBe(0);
    });
  }

  it('plots such a range in the terminal; an image takes a spread up to the largest double, and refuses a wider one', () => {
    expect(act(['plot', 'relu', '--from', `-${max}`, '--to', max, '-w', '40', '-H', '10']).code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'act-grid-'));
    for (const [from, to] of [['-8e307', '8e307'], ['0', max], ['1e308', max]]) {
      const file = join(dir, `${from}.svg`);
      expect(act(['plot', 'relu', 'tanh', '--from', from, '--to', to, '-o', file]).code).toBe(0);
      expect(readFileSync(file, 'utf8')).not.toMatch(/NaN|Infinity/);
    }
    for (const [from, to] of [[`-${max}`, max], ['-1e308', '1e308'], ['-9e307', '9e307']]) {
      const r = act(['plot', 'tanh', '--from', from, '--to', to, '-o', join(dir, 'wide.png')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^act: an image cannot show x from \S+ to \S+: the spread is wider than the largest double; narrow --from and --to\n$/);
    }
  });
});

describe('control characters', () => {
  const controls = ['\u0001', '\u001b[31m', '\n', '\r', '\u007f', '\u0085', '\u009b'];
  const dir = mkdtempSync(join(tmpdir(), 'act-controls-'));

  it('refuses them in titles, axis labels and series labels (exit 2), in images and the terminal; a tab is fine', () => {
    const outs = [['-o', join(dir, 'c.svg')], ['-o', join(dir, 'c.png')], []];
    controls.forEach((c, i) => {
      for (const [args, message] of [
        [['relu', '--title', `a${c}b`], /^act: --title must not hold control characters \(found U\+[0-9A-F]{4}\); a tab is allowed\n$/],
        [['relu', '--xlabel', `${c}`], /^act: --xlabel must not hold control characters/],
        [['relu', '--ylabel', `y${c}`], /^act: --ylabel must not hold control characters/],
        [[`a${c}b=relu`], /^act: the label "a[^"\n]*b" must not hold control characters \(found U\+[0-9A-F]{4}\); a tab is allowed\n$/],
      ] as const) {
        // each control in each place, in an SVG, a PNG or the terminal in turn
        const out = outs[(i + args.length) % outs.length];
        const r = act(['plot', ...args, ...out]);
        expect(r.code, JSON.stringify([c, ...args, ...out])).toBe(2);
        expect(r.stderr).toMatch(message);
      }
      expect(act(['eval', `a${c}b=relu`, '-n', '2']).code).toBe(2);
    });
    const tab = act(['plot', 'a\tb=relu', '--title', 'a\tb', '-o', join(dir, 'tab.svg')]);
    expect(tab.code, tab.stderr).toBe(0);
  });

  it('escapes every echo of user text, paths and values included: one line, no ESC, C1 or bidi control', () => {
    const hostile = 'nope\n\u001b[31mX\u0085\u202e\u2066';
    const cases: string[][] = [
      ['plot', 'relu', '-o', `${hostile}/y.svg`],
      ['plot', 'relu', '-o', `${dir}/${hostile}.bmp`],
      ['eval', 'relu', '-i', `${dir}/${hostile}`],
      ['eval', 'relu', '--from', hostile],
      ['eval', 'relu', '-n', hostile],
      ['eval', `elu(alpha=${hostile})`],
      ['eval', `elu(${hostile}=1)`],
      ['plot', 'relu', '--format', hostile],
      ['eval', `${hostile}x`],
      ['eval', 'x', `--${hostile}`],
      ['gradient', 'relu', '--init', hostile],
      ['info', hostile],
    ];
    for (const args of cases) {
      const r = act(args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(r.stderr).toMatch(/^act: [^\n]*\n((  [^\n]*\n {2,}\^\n)?)$/);
      expect(r.stderr).toMatch(/␊|<U\+/);
    }
    // the same through act batch, whose lines have their own error output
    const script = ['eval relu --\u001b[31m', 'plot relu --format "\u0085x"', 'plot relu -o "nope\u001b[1m/x.svg"', 'eval "\u202erelu"', 'gradient relu --init "\u009b2J"'].join('\n');
    const batch = act(['batch'], { input: script });
    expect(batch.code).toBe(1);
    expect(batch.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(batch.stderr.match(/^act: line \d: /gm)?.length).toBe(5);
  });
});

describe('output files: links, long names, leftovers', () => {
  const fresh = () => mkdtempSync(join(tmpdir(), 'act-out-'));

  it('writes through a symbolic link, for every image format, and the link stays', () => {
    const dir = fresh();
    const real = join(fresh(), 'figure');
    for (const ext of ['svg', 'png', 'vl.json']) {
      writeFileSync(`${real}.${ext}`, 'old');
      symlinkSync(`${real}.${ext}`, join(dir, `link.${ext}`));
      const r = act(['plot', 'relu', '-o', join(dir, `link.${ext}`)]);
      expect(r.code, r.stderr).toBe(0);
      expect(lstatSync(join(dir, `link.${ext}`)).isSymbolicLink()).toBe(true);
      expect(readFileSync(`${real}.${ext}`).length).toBeGreaterThan(1000);
    }
    expect(readdirSync(dir).sort()).toEqual(['link.png', 'link.svg', 'link.vl.json']);
  });

  it('writes names of 240 to 255 bytes, and names a longer one with exit 1', () => {
    const dir = fresh();
    for (const name of [`${'n'.repeat(236)}.svg`, `${'x'.repeat(251)}.png`, `${'é'.repeat(124)}ab.svg`]) {
      const r = act(['plot', 'relu', '-o', join(dir, name)]);
      expect(r.code, r.stderr).toBe(0);
    }
    expect(readdirSync(dir).length).toBe(3);
    const long = join(dir, `${'y'.repeat(252)}.svg`);
    const r = act(['plot', 'relu', '-o', long]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`act: cannot write ${long}: the name is too long\n`);
  });

  it("removes a killed writer's temporary file when it writes the same target", () => {
    const dir = fresh();
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    writeFileSync(join(dir, `.fig.svg.tmp-${dead}-00c0ffee`), 'half');
    writeFileSync(join(dir, `.fig.svg.tmp-1-00c0ffee`), 'a live writer (pid 1)');
    expect(act(['plot', 'relu', '-o', join(dir, 'fig.svg')]).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.fig.svg.tmp-1-00c0ffee', 'fig.svg']);
  });
});

describe('terminal sizes from the environment', () => {
  for (const [columns, lo, hi] of [['0', 70, 80], ['1', 17, 20], ['12', 17, 20], ['1200', 900, 1000], ['100000', 900, 1000], ['99999999999999999999999', 900, 1000], ['abc', 70, 80]] as const) {
    it(`COLUMNS=${columns} draws a chart ${lo} to ${hi} columns wide`, () => {
      const r = act(['plot', 'relu'], { env: { COLUMNS: columns } });
      expect(r.code, r.stderr).toBe(0);
      const width = Math.max(...r.stdout.trimEnd().split('\n').map((l) => [...l].length));
      expect(width).toBeGreaterThanOrEqual(lo);
      expect(width).toBeLessThanOrEqual(hi);
    });
  }

  it('still refuses an explicit -w or -H out of range, whatever COLUMNS says', () => {
    for (const args of [['-w', '1001'], ['-w', '0'], ['-H', '100000'], ['-H', '4']]) {
      const r = act(['plot', 'relu', ...args], { env: { COLUMNS: '100' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^act: --(width|height) must be /);
    }
  });
});

describe('no internal message leaks, and the right exit class', () => {
  it('evaluates 20,000 specs (with -d: 40,000 columns) in bounded memory', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'act-rss-')), 'rss');
    const specs = Array.from({ length: 20_000 }, (_, i) => ['relu', 'tanh', 'x', 'elu(alpha=0.5)'][i % 4]);
    const r = spawnSync(process.execPath, ['--import', './test/helpers/maxrss.mjs', BIN, 'eval', ...specs, '-d', '-n', '300'], {
      cwd: ROOT,
      env: { ...process.env, ACT_MAXRSS_FILE: file },
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 1 << 28,
    });
    expect(r.status, r.stderr.slice(0, 200)).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(301);
    expect(lines[300].split(',').length).toBe(40_001);
    expect(lines[300].split(',').slice(0, 9)).toEqual(act(['eval', 'relu', 'tanh', 'x', 'elu(alpha=0.5)', '-d', '-n', '300']).stdout.trimEnd().split('\n')[300].split(','));
    expect(Number(readFileSync(file, 'utf8')) / 1024).toBeLessThan(400);
  }, 60_000);

  it('a --scale that makes a PNG under 1 pixel is a usage error (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'act-scale-'));
    for (const [scale, size] of [['0.0001', []], ['0.001', ['-w', '16384']], ['1e-300', []], ['0.006', ['-w', '200', '-H', '150']]] as const) {
      const r = act(['plot', 'relu', '--scale', scale, ...size, '-o', join(dir, 'a.png')]);
      expect(r.code, scale).toBe(2);
      expect(r.stderr).toMatch(/^act: --scale \S+ makes a PNG smaller than 1 pixel \(\d+x\d+ CSS pixels\)\n$/);
    }
    expect(readdirSync(dir)).toEqual([]);
    expect(act(['plot', 'relu', '--scale', '0.01', '-o', join(dir, 'b.png')]).code).toBe(0);
  });
});

describe('parameters at the ends of the doubles', () => {
  it('rrelu(lower=1e308, upper=1e308) and its kind give finite slopes, not NaN', () => {
    for (const [spec, slope] of [['rrelu(lower=1e308,upper=1e308)', '1e+308'], ['rrelu(lower=1.7976931348623157e308,upper=1.7976931348623157e308)', '1.7976931348623157e+308'], ['rrelu(-1e308,-1e308)', '-1e+308']]) {
      const r = act(['eval', spec, '-d'], { input: '-1\n0\n1\n' });
      expect(r.code, r.stderr).toBe(0);
      const rows = r.stdout.trimEnd().split('\n').slice(1).map((l) => l.split(','));
      expect(rows[0][1]).toBe(slope.startsWith('-') ? slope.slice(1) : `-${slope}`);
      expect(rows.map((row) => row[2])).toEqual([slope, slope, '1']);
      expect(r.stdout).not.toMatch(/NaN/);
    }
  });
});

describe('no generated code from user text', () => {
  it("renders SVG and PNG without vega compiling code: the only Function calls are act's own fixed kernel loops", () => {
    // every Function call while images with hostile titles and labels are drawn is recorded
    const script = `
import { chartSpec, chartOptions, sampleSeries, parseSpec, renderImage } from './dist/index.js';
const calls = [];
const Real = Function;
globalThis.Function = new Proxy(Real, {
  apply: (t, self, args) => (calls.push(String(args.at(-1))), Reflect.apply(t, self, args)),
  construct: (t, args) => (calls.push(String(args.at(-1))), Reflect.construct(t, args)),
});
const evil = '"+process.exit(7)+"; }); process.exit(8); //';
const series = sampleSeries([parseSpec('relu'), parseSpec('q=x*sigmoid(x)')], { from: -5, to: 5, points: 50, derivative: true });
for (const format of ['svg', 'png']) await renderImage(chartSpec(series, chartOptions(series, { title: evil, xlabel: evil, ylabel: '\${evil}' })), format);
console.log(JSON.stringify(calls));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const calls: string[] = JSON.parse(r.stdout);
    expect(calls.length).toBeGreaterThan(0);
    for (const source of calls) expect(source).toMatch(/^return function kernel\d+\(xs, p, out\) \{ const n = xs\.length; for \(let i = 0; i < n; i\+\+\) out\[i\] = f\(xs\[i\], p\); \};$/);
  }, 60_000);
});
