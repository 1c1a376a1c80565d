/** Runs the real bin/act, as a user or a script would. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/act', import.meta.url));

export interface ActResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ActOptions {
  /** Text for stdin (a pipe). Without it, stdin is /dev/null, as under a script with no input. */
  readonly input?: string | Buffer;
  readonly env?: Record<string, string | undefined>;
  readonly cwd?: string;
  readonly timeout?: number;
  /** Another copy of bin/act to run. */
  readonly bin?: string;
}

export function act(args: readonly string[], options: ActOptions = {}): ActResult {
  // a UTF-8 locale, as on most terminals, unless a test sets another: without one, terminal charts fall back to ASCII
  const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, COLUMNS: undefined, LINES: undefined, ACT_DEBUG: undefined, NODE_EXTRA_CA_CERTS: undefined, LC_ALL: undefined, LC_CTYPE: undefined, LANG: 'C.UTF-8', ...options.env };
  const r = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    input: options.input,
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    env: Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
    cwd: options.cwd ?? ROOT,
    timeout: options.timeout ?? 20_000,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Runs act as act() does, and expects it to succeed: exit 0 and nothing on stderr. */
export function actOk(args: readonly string[], options: ActOptions = {}): ActResult {
  const r = act(args, options);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

/** Parses CSV output of act eval (plain numbers; a quoted header is handled). */
export function parseCsv(text: string): { header: string[]; rows: number[][] } {
  const lines = text.trimEnd().split('\n');
  const header = (lines[0].match(/("([^"]|"")*"|[^,]+)/g) ?? []).map((h) => (h.startsWith('"') ? h.slice(1, -1).replace(/""/g, '"') : h));
  return { header, rows: lines.slice(1).map((l) => l.split(',').map(Number)) };
}
