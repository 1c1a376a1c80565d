import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { act } from '../helpers/cli.js';
import { actInPty } from '../helpers/pty.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'act-batch-'));

describe('act batch', () => {
  it('runs the lines from stdin in one process: two images and a CSV, in order', () => {
    const dir = scratch();
    const r = act(['batch'], { cwd: dir, input: 'plot relu -o a.svg\nplot gelu -o b.png\neval sigmoid -n 3\n' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('x,sigmoid\n-10,0.000045397868702434395\n0,0.5\n10,0.9999546021312976\n');
    expect(readFileSync(join(dir, 'a.svg'), 'utf8')).toMatch(/^<svg[^>]*>/);
    expect(readFileSync(join(dir, 'b.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('goes on past failed lines, names each by its line, and exits 1 at the end', () => {
    const dir = scratch();
    const script = '# figures\n\nlist --format xml\neval relu -n 2\nplot elu(alpha=0.5)\ninfo nosuch\nplot gelu --fro 3\nplot gelu -o last.svg\n';
    const r = act(['batch', '-'], { cwd: dir, input: script });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('x,relu\n-10,0\n10,10\n');
    expect(r.stderr.split('\n')).toEqual([
      'act: line 3: --format must be one of text, csv, json, got "xml"',
      expect.stringMatching(/^act: line 5: "\(" is shell syntax/),
      'act: line 6: unknown function "nosuch"; `act list` shows the catalog',
      "act: line 7: unknown option '--fro' (did you mean --from?)",
      'act: 4 of 6 lines failed',
      '',
    ]);
    expect(existsSync(join(dir, 'last.svg'))).toBe(true);
  });

  it('--fail-fast stops at the first failed line', () => {
    const dir = scratch();
    const r = act(['batch', '--fail-fast'], { cwd: dir, input: 'plot gelu -o a.svg\neval nosuch\nplot gelu -o b.svg\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('act: line 2: unknown function "nosuch"; `act list` shows the catalog\nact: stopped at line 2 (--fail-fast)\n');
    expect(existsSync(join(dir, 'a.svg'))).toBe(true);
    expect(existsSync(join(dir, 'b.svg'))).toBe(false);
  });

  it('reads a FILE, whose lines may then read stdin', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'lines.txt'), 'eval relu\neval relu -n 2\n');
    const r = act(['batch', 'lines.txt'], { cwd: dir, input: '-1\n2\n' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('x,relu\n-1,0\n2,2\nx,relu\n-10,0\n10,10\n');
  });

  it('refuses a missing file (exit 1) and a terminal for stdin (exit 2)', () => {
    const r = act(['batch', 'no-such-lines.txt']);
    expect([r.code, r.stderr]).toEqual([1, 'act: cannot read no-such-lines.txt: no such file\n']);
    const tty = actInPty(['batch'], { columns: 80, rows: 24 });
    expect(tty.code).toBe(2);
    expect(tty.output).toMatch(/^act: act batch reads its lines from FILE or from a pipe/);
  });
});

describe('act batch inside act batch', () => {
  it('runs another script on a line, but refuses one that is running (it would never end)', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'self.txt'), 'eval relu -n 2\nbatch self.txt\nbatch inner.txt\neval relu -n 1\n');
    writeFileSync(join(dir, 'inner.txt'), 'eval sigmoid -n 1\nact --debug batch ./self.txt\n');
    symlinkSync('self.txt', join(dir, 'link.txt'));
    const r = act(['batch', 'link.txt'], { cwd: dir, timeout: 10_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('x,relu\n-10,0\n10,10\nx,sigmoid\n-10,0.000045397868702434395\nx,relu\n-10,0\n');
    const messages = r.stderr.split('\n').filter((l) => l.startsWith('act: '));
    expect(messages).toEqual([
      'act: line 2: self.txt is running already: a batch script that runs itself would never end',
      'act: line 2: ./self.txt is running already: a batch script that runs itself would never end',
      'act: line 3: 1 of 2 lines failed',
      'act: 2 of 4 lines failed',
    ]);
  });
});

describe('act batch reads a script saved by a Windows editor', () => {
  it('skips a UTF-8 byte-order mark and reads CRLF line ends', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'win.txt'), '\uFEFFeval relu -n 2\r\neval sigmoid -n 1\r\n');
    const r = act(['batch', 'win.txt'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe('x,relu\n-10,0\n10,10\nx,sigmoid\n-10,0.000045397868702434395\n');
  });
});

describe('act batch splits lines as sh does', () => {
  it('keeps a # inside a word, joins a line ending in a backslash, and reads ${ as written', () => {
    const script = 'eval a#b=relu -n 2 # a comment\neval relu \\\n  -n 2 \\\n  -d\neval "${x" -n 2\neval relu -n 1\n';
    const r = act(['batch'], { input: script });
    expect(r.stdout).toBe('x,a#b\n-10,0\n10,10\nx,relu,relu\'\n-10,0,0\n10,10,1\nx,relu\n-10,0\n');
    expect(r.stderr.split('\n')[0]).toMatch(/^act: line 5: cannot read the function spec: unexpected "\$"/);
    expect(r.stderr.split('\n').at(-2)).toBe('act: 1 of 4 lines failed');
    expect(r.code).toBe(1);
  });
});
