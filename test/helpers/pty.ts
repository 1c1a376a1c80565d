/**
 * Runs bin/act in a real pseudo-terminal of a given size (python3's pty module: no tmux needed),
 * so that stdout.isTTY, the terminal's width and colour detection are the real ones.
 */
import { spawnSync } from 'node:child_process';
import { BIN, ROOT } from './cli.js';

const RUN_IN_PTY = `
import fcntl, os, pty, struct, subprocess, sys, termios
cols, rows = int(sys.argv[1]), int(sys.argv[2])
master, slave = pty.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
attrs = termios.tcgetattr(slave)
attrs[1] &= ~termios.OPOST  # no \\n -> \\r\\n: the bytes as act wrote them
termios.tcsetattr(slave, termios.TCSANOW, attrs)
child = subprocess.Popen(sys.argv[3:], stdin=slave, stdout=slave, stderr=slave, close_fds=True, start_new_session=True)
os.close(slave)
out = b''
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:  # EIO: the child closed the terminal
        break
    if not chunk:
        break
    out += chunk
sys.stdout.buffer.write(out)
sys.exit(child.wait())
`;

export interface PtyResult {
  readonly code: number | null;
  /** stdout and stderr together, as a terminal shows them. */
  readonly output: string;
}

export function actInPty(args: readonly string[], size: { columns: number; rows: number }, env: Record<string, string | undefined> = {}): PtyResult {
  const merged = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, COLUMNS: undefined, LINES: undefined, NODE_EXTRA_CA_CERTS: undefined, TERM: 'xterm-256color', ...env };
  const r = spawnSync('python3', ['-c', RUN_IN_PTY, String(size.columns), String(size.rows), process.execPath, BIN, ...args], {
    cwd: ROOT,
    env: Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (r.error) throw r.error;
  if (r.status === null || r.stderr) throw new Error(`the pty runner failed: ${r.stderr || r.signal}`);
  return { code: r.status, output: r.stdout };
}
