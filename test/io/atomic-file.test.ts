/** All or nothing: the target is the old file or the whole new one, never a part; no temporary file stays. */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { RuntimeError } from '../../src/core/errors.js';
import { guardTemporary, removeStale, temporaryPath, writeFileAtomic, type SignalPort } from '../../src/io/atomic-file.js';
import { ROOT } from '../helpers/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'act-atomic-'));
});

/**
 * A child process that writes 256 MB to big.bin (over an old one) with writeFileAtomic, once its
 * temporary file exists: the moment to stop it.
 */
async function startBigWrite(): Promise<{ child: ReturnType<typeof spawn>; exited: Promise<NodeJS.Signals | null>; target: string }> {
  const script = join(dir, 'writer.mjs');
  await build({
    stdin: {
      contents: `import { writeFileAtomic } from './src/io/atomic-file.ts';
        await writeFileAtomic(process.argv[2], Buffer.alloc(256 << 20, 7));`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
    logLevel: 'error',
  });
  const target = join(dir, 'big.bin');
  writeFileSync(target, 'old');
  const child = spawn(process.execPath, [script, target], { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)));
  const deadline = Date.now() + 20_000;
  while (!readdirSync(dir).some((f) => f.includes('.tmp-')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
  expect(readdirSync(dir).some((f) => f.includes('.tmp-')), 'the write started').toBe(true);
  return { child, exited, target };
}

describe('writeFileAtomic', () => {
  it('writes a new file, and leaves nothing else in the folder', async () => {
    const path = join(dir, 'a.png');
    await writeFileAtomic(path, Buffer.from([1, 2, 3]));
    expect(readFileSync(path)).toEqual(Buffer.from([1, 2, 3]));
    expect(readdirSync(dir)).toEqual(['a.png']);
  });

  it('replaces an existing file whole, keeping its permissions', async () => {
    const path = join(dir, 'a.svg');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    await writeFileAtomic(path, 'new contents');
    expect(readFileSync(path, 'utf8')).toBe('new contents');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['a.svg']);
  });

  it('writes into a FIFO (or /dev/null) instead of renaming over it', async () => {
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (d) => (got += d));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    await writeFileAtomic(fifo, 'through the pipe', { clobber: false });
    await closed;
    expect(got).toBe('through the pipe');
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
    await writeFileAtomic('/dev/null', 'nothing');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('with clobber false, refuses an existing file and leaves it as it was', async () => {
    const path = join(dir, 'a.svg');
    writeFileSync(path, 'old');
    await expect(writeFileAtomic(path, 'new', { clobber: false })).rejects.toThrow(`cannot write ${path}: the file exists`);
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.svg']);
    await writeFileAtomic(join(dir, 'b.svg'), 'fresh', { clobber: false });
    expect(readFileSync(join(dir, 'b.svg'), 'utf8')).toBe('fresh');
  });

  it('names the path when the folder does not exist, or the target is a folder', async () => {
    const missing = join(dir, 'no', 'such', 'a.png');
    await expect(writeFileAtomic(missing, 'x')).rejects.toThrow(new RuntimeError(`cannot write ${missing}: no such folder`));
    mkdirSync(join(dir, 'folder.png'));
    await expect(writeFileAtomic(join(dir, 'folder.png'), 'x')).rejects.toThrow(/folder\.png: it is a folder/);
    expect(readdirSync(dir)).toEqual(['folder.png']);
  });

  it('leaves the old file and no temporary file when the write fails', async () => {
    const path = join(dir, 'a.json');
    writeFileSync(path, 'old');
    // data that cannot be written: an invalid argument fails after the temporary file is open
    await expect(writeFileAtomic(path, 42 as unknown as string)).rejects.toThrow(/cannot write/);
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('puts the temporary file beside the target, hidden and matched by .gitignore', () => {
    const tmp = temporaryPath('/some/folder/fig.png');
    expect(tmp).toMatch(/^\/some\/folder\/\.fig\.png\.tmp-\d+-[0-9a-f]{8}$/);
    expect(readFileSync(new URL('../../.gitignore', import.meta.url), 'utf8')).toMatch(/^\*\.tmp-\*$/m);
  });

  it('an interrupt while the data is being written removes the temporary file; the old file stays', async () => {
    const { child, exited, target } = await startBigWrite();
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    expect(readdirSync(dir).sort()).toEqual(['big.bin', 'writer.mjs']);
    expect(readFileSync(target, 'utf8')).toBe('old');
  });

  describe('a signal while the temporary file is being opened (no timing: the open and the signals stood in for)', () => {
    /** The process's signals, stood in for: emit() delivers one to the handlers; raise() is recorded, not obeyed. */
    function signals() {
      const handlers = new Map<NodeJS.Signals, Set<(s: NodeJS.Signals) => void>>();
      const raised: NodeJS.Signals[] = [];
      const port: SignalPort = {
        on: (s, h) => void handlers.set(s, (handlers.get(s) ?? new Set()).add(h)),
        off: (s, h) => void handlers.get(s)?.delete(h),
        raise: (s) => void raised.push(s),
      };
      const emit = (s: NodeJS.Signals) => [...(handlers.get(s) ?? [])].forEach((h) => h(s));
      const listening = () => [...handlers.values()].reduce((n, set) => n + set.size, 0);
      return { port, emit, raised, listening };
    }

    /** An open that waits to be let go, as one in libuv's thread pool may still be running when a signal is handled. */
    function heldOpen() {
      let reach!: () => void;
      const held: { finish?: () => void; reached: Promise<void> } = { reached: new Promise((r) => (reach = r)) };
      const open = (path: string, flags: string, mode: number) =>
        new Promise<number>((resolve, reject) => {
          reach();
          held.finish = () => {
            try {
              resolve(openSync(path, flags, mode));
            } catch (e) {
              reject(e);
            }
          };
        });
      return { open, held };
    }

    /** Until the write has called its open (it stats and lists the folder first). */
    const opening = async (held: { finish?: () => void; reached: Promise<void> }) => {
      await held.reached;
      expect(held.finish, 'the write reached its open').toBeDefined();
    };

    it('the file the open makes after the signal is removed, and only then the signal ends the process', async () => {
      const path = join(dir, 'a.png');
      writeFileSync(path, 'old');
      const { port, emit, raised, listening } = signals();
      const { open, held } = heldOpen();
      const writing = writeFileAtomic(path, 'new', {}, { open, signals: port }).then(
        () => 'written',
        (e: Error) => e.message,
      );
      await opening(held);
      expect(listening()).toBe(3); // SIGINT, SIGTERM, SIGHUP, watched before the open
      emit('SIGTERM');
      expect(raised).toEqual([]); // it waits for the open, which may yet make the file
      held.finish!(); // the open makes the file now, after the handler ran
      await writing; // (a real process has ended by now; this one goes on, and finds its file gone)
      expect(raised).toEqual(['SIGTERM']);
      expect(listening()).toBe(0);
      expect(readdirSync(dir)).toEqual(['a.png']);
      expect(readFileSync(path, 'utf8')).toBe('old');
    });

    it('an open that fails after the signal: nothing to remove, and the signal ends the process', async () => {
      const { port, emit, raised } = signals();
      const { open, held } = heldOpen();
      const path = join(dir, 'a.png');
      const writing = writeFileAtomic(path, 'new', {}, { open: (p, _flags, mode) => open(join(p, 'not-a-folder'), 'wx', mode), signals: port }).catch((e: Error) => e.message);
      await opening(held);
      emit('SIGINT');
      held.finish!();
      expect(await writing).toMatch(/^cannot write .*a\.png: no such folder$/);
      expect(raised).toEqual(['SIGINT']);
      expect(readdirSync(dir)).toEqual([]);
    });

    it('a signal once the file is open removes it at once; a second signal during the open does not wait', () => {
      const tmp = join(dir, '.a.png.tmp-1-00000000');
      const after = signals();
      const guard = guardTemporary(tmp, after.port);
      writeFileSync(tmp, 'part');
      guard.opened();
      expect(after.raised).toEqual([]);
      after.emit('SIGHUP');
      expect(after.raised).toEqual(['SIGHUP']);
      expect(readdirSync(dir)).toEqual([]);
      expect(after.listening()).toBe(0);

      const twice = signals();
      guardTemporary(tmp, twice.port);
      twice.emit('SIGINT');
      expect(twice.raised).toEqual([]);
      twice.emit('SIGINT'); // a user who presses Ctrl-C again does not wait for a hung open
      expect(twice.raised).toEqual(['SIGINT']);
      expect(twice.listening()).toBe(0);

      const done = signals();
      const finished = guardTemporary(tmp, done.port);
      finished.opened();
      finished.stop();
      expect(done.listening()).toBe(0);
    });
  });

  it('SIGKILL leaves the temporary file; the next write of that target removes it (its writer is dead)', async () => {
    const { child, exited, target } = await startBigWrite();
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const left = readdirSync(dir).filter((f) => f.includes('.tmp-'));
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^\\.big\\.bin\\.tmp-${child.pid}-[0-9a-f]{8}$`));
    await writeFileAtomic(target, 'new');
    expect(readdirSync(dir).sort()).toEqual(['big.bin', 'writer.mjs']);
    expect(readFileSync(target, 'utf8')).toBe('new');
  }, 30_000);
});

describe('stale temporary files', () => {
  const deadPid = (): number => spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout as unknown as number;

  it("removes only the target's own temporary files whose writer is dead", async () => {
    const dead = Number(deadPid());
    const names = [
      `.fig.png.tmp-${dead}-0123abcd`, // this target, dead writer: removed
      `.fig.png.tmp-${process.pid}-0123abcd`, // this target, a live writer (this process): kept
      `.fig.png.tmp-1-0123abcd`, // this target, pid 1 (alive): kept
      `.other.png.tmp-${dead}-0123abcd`, // another target: kept
      `.fig.png.tmp-${dead}-notrandom`, // not act's pattern: kept
    ];
    for (const n of names) writeFileSync(join(dir, n), 'x');
    await removeStale(join(dir, 'fig.png'));
    expect(readdirSync(dir).sort()).toEqual(names.slice(1).sort());
    await writeFileAtomic(join(dir, 'other.png'), 'y');
    expect(readdirSync(dir).sort()).toEqual([...names.slice(1, 3), names[4], 'other.png'].sort());
  });
});

describe('long names', () => {
  for (const [what, name] of [['255 ASCII bytes', `${'a'.repeat(251)}.png`], ['255 bytes of 2-byte letters', `${'é'.repeat(125)}a.svg`], ['253 bytes of emoji and ASCII', `${'😀'.repeat(62)}a.pdf`]] as const) {
    it(`writes a file whose name is ${what}, through a short temporary name`, async () => {
      expect(Buffer.byteLength(name)).toBeGreaterThanOrEqual(249);
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
      const tmp = temporaryPath(join(dir, name));
      expect(Buffer.byteLength(tmp.slice(dir.length + 1))).toBeLessThanOrEqual(1 + 64 + 22);
      expect(tmp.slice(dir.length + 1)).toMatch(/^\.[^/]+\.tmp-\d+-[0-9a-f]{8}$/);
      await writeFileAtomic(join(dir, name), 'data');
      expect(readdirSync(dir)).toEqual([name]);
      expect(readFileSync(join(dir, name), 'utf8')).toBe('data');
    });
  }

  it('names a path whose name is too long for the file system', async () => {
    const path = join(dir, `${'b'.repeat(256)}.svg`);
    await expect(writeFileAtomic(path, 'x')).rejects.toThrow(`cannot write ${path}: the name is too long`);
  });
});

describe('symbolic links', () => {
  it("writes through a link to the file it names, in that file's folder, and the link stays a link", async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'act-atomic-target-'));
    const target = join(elsewhere, 'real.svg');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    symlinkSync(target, join(dir, 'abs.svg'));
    symlinkSync('abs.svg', join(dir, 'rel.svg')); // a relative link to a link
    for (const link of ['abs.svg', 'rel.svg']) {
      await writeFileAtomic(join(dir, link), `via ${link}`);
      expect(lstatSync(join(dir, link)).isSymbolicLink()).toBe(true);
      expect(readFileSync(target, 'utf8')).toBe(`via ${link}`);
      expect(statSync(target).mode & 0o777).toBe(0o640);
    }
    expect(readdirSync(dir).sort()).toEqual(['abs.svg', 'rel.svg']);
    expect(readdirSync(elsewhere)).toEqual(['real.svg']);
  });

  it('creates the file a dangling link names, and refuses a loop naming the path', async () => {
    symlinkSync('made.png', join(dir, 'dangling.png'));
    await writeFileAtomic(join(dir, 'dangling.png'), 'new');
    expect(lstatSync(join(dir, 'dangling.png')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'made.png'), 'utf8')).toBe('new');
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    await expect(writeFileAtomic(join(dir, 'loop-a'), 'x')).rejects.toThrow(`cannot write ${join(dir, 'loop-a')}: too many levels of symbolic links`);
  });

  it('with clobber false, refuses a link to an existing file', async () => {
    writeFileSync(join(dir, 'real.svg'), 'old');
    symlinkSync('real.svg', join(dir, 'link.svg'));
    await expect(writeFileAtomic(join(dir, 'link.svg'), 'new', { clobber: false })).rejects.toThrow('the file exists');
    expect(readFileSync(join(dir, 'real.svg'), 'utf8')).toBe('old');
  });
});
