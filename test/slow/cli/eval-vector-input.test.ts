/**
 * A vector function (softmax) holds its whole input: an endless pipe into it stops at -n's bound,
 * 10^8 values, with one line on stderr and exit 1, rather than filling the machine's memory.
 * Slow: it reads 10^8 lines (about 15 s on the 2-core machine).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../../helpers/cli.js';

describe('act eval softmax on an endless pipe', () => {
  it('stops at 10^8 values with one line, exit 1, in bounded memory', () => {
    const rss = join(mkdtempSync(join(tmpdir(), 'act-rss-')), 'rss');
    // `yes` never ends; pipefail gives act's exit code (yes dies of SIGPIPE after it: 141)
    const node = `"${process.execPath}" --import ./test/helpers/maxrss.mjs "${BIN}"`;
    const r = spawnSync('bash', ['-c', `yes 0.5 | ${node} eval softmax > /dev/null; echo "act exit $?" >&2`], {
      encoding: 'utf8',
      timeout: 120_000,
      cwd: ROOT,
      env: { ...process.env, ACT_MAXRSS_FILE: rss, NODE_EXTRA_CA_CERTS: undefined },
    });
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe('act: more than 1e8 x values: a vector function (softmax...) holds the whole input at once, at most as many as -n takes\nact exit 1\n');
    expect(Number(readFileSync(rss, 'utf8')) / 1024).toBeLessThan(1200); // 10^8 doubles are 800 MB: 853 MB measured
  }, 120_000);
});
